import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { authorize } from "@/lib/gate";
import { getCase } from "@/lib/data/cases";
import { caseToFormValues } from "@/lib/schemas/case";
import { caseFieldOptions } from "../../_components/options";
import { CaseEditForm } from "./_components/case-edit-form";
import { PageSection } from "@/components/ui/section";
import { openCasePage } from "../open-case-page";

export async function generateMetadata({ params }: { params: Promise<{ caseId: string }> }) {
  const found = await getCase((await params).caseId);
  const t = await getTranslations("cases");
  // The case layout's title template adds the case number.
  return { title: found ? t("editCase") : t("title") };
}

export default async function EditCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  await authorize("case.update");
  const { caseId, found, t } = await openCasePage(params, getCase, "cases");
  return (
    <PageSection id="edit-heading" title={t("editTitle", { number: found.caseNumber })} intro={t("editIntro")} gap="gap-4">
      {found.protection ? <Alert tone="info">{(await getTranslations("protectedIdentity"))("editHidden")}</Alert> : null}
      {found.status === "CLOSED" ? (
        <>
          <Alert tone="info">{t("errors.caseClosed")}</Alert>
          <Link href={`/cases/${caseId}`} className="text-brand-700 underline">
            {t("cancel")}
          </Link>
        </>
      ) : (
        <CaseEditForm caseId={caseId} version={found.version} initial={caseToFormValues(found.fields)} options={await caseFieldOptions()} />
      )}
    </PageSection>
  );
}
