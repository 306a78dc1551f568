import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { authorize } from "@/lib/gate";
import { previewCaseExport, type ExportKind } from "@/lib/data/case-export";
import { CaseListFilterSchema } from "@/lib/schemas/case";
import { ExportDownloader } from "./_components/export-downloader";
import { pageTitle } from "@/i18n/page-title";
import { Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("exports");

/** What an export of the case list (or the team's caseload) will hold, the protected-persons warning, and the download with progress. */
export default async function CaseExportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const kind: ExportKind = params.kind === "caseload" ? "caseload" : "cases";
  await authorize(kind === "caseload" ? "caseload.export" : "case.export");
  const filter = CaseListFilterSchema.parse(params);
  const preview = await previewCaseExport(kind, filter);
  const t = await getTranslations("exports");
  // The list's filters travel to the download as they came (the route parses them again).
  const query: Record<string, string> = { kind };
  for (const [key, value] of Object.entries(filter)) if (value !== undefined && value !== false && key !== "after") query[key] = String(value === true ? "1" : value);
  return (
    <>
      <PageHeader title={t(kind === "caseload" ? "caseloadTitle" : "title")} description={t(kind === "caseload" ? "caseloadIntro" : "intro")} />
      <div className="flex max-w-3xl flex-col gap-6">
        <p className="text-sm" data-testid="export-rows">
          {t("rows", { count: preview.rows })}
        </p>
        <Section id="export-fields" title={t("fieldsTitle")} size="block" className="flex flex-col gap-2">
          <ul className="list-disc pl-6 text-sm" data-testid="export-fields">
            {preview.fields.map((field) => (
              <li key={field}>{t(`fields.${field}`)}</li>
            ))}
          </ul>
          <p className="text-sm text-slate-700">{t("formulaNote")}</p>
        </Section>
        <ExportDownloader query={query} rows={preview.rows} protectedRows={preview.protectedRows} />
      </div>
    </>
  );
}
