import { getFormatter, getTranslations } from "next-intl/server";
import { Cell, Table } from "@/components/ui/table";
import { listDocuments } from "@/lib/data/documents";
import { UploadForm } from "./_components/upload-form";
import { WithdrawForm } from "./_components/withdraw-form";
import { uploadDocumentAction, withdrawDocumentAction } from "./actions";
import { formatOfficeDateTime, formatOfficeDay } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";
import { PageSection } from "@/components/ui/section";
import { openCasePage } from "../open-case-page";

export const generateMetadata = pageTitle("documents");

const TYPE_LABEL: Record<string, string> = { "application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WebP" };

export default async function DocumentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ caseId: string }>;
  searchParams: Promise<{ withdrawn?: string | string[] }>;
}) {
  const showWithdrawn = (await searchParams).withdrawn === "1";
  const { caseId, found: result, t } = await openCasePage(params, (id) => listDocuments(id, { showWithdrawn }), "documents");
  const tc = await getTranslations("casework");
  const format = await getFormatter();
  return (
    <PageSection id="documents-heading" title={t("title")} intro={t("intro")}>
      {result.withdrawnCount > 0 ? (
        <p className="text-sm">
          <a href={showWithdrawn ? `/cases/${caseId}/documents` : `/cases/${caseId}/documents?withdrawn=1`} className="text-brand-700 underline">
            {showWithdrawn ? t("hideWithdrawn") : t("showWithdrawn", { count: result.withdrawnCount })}
          </a>
        </p>
      ) : null}
      {result.documents.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <Table caption={t("title")} headers={[t("columns.file"), t("columns.description"), t("columns.type"), t("columns.size"), t("columns.uploaded")]}>
          {result.documents.map((document) => (
            <tr key={document.id}>
              <Cell className="break-all">
                {/* A plain link: the response is an attachment, so the browser saves it instead of opening it here. */}
                <a href={`/api/cases/${caseId}/documents/${document.id}`} className="text-brand-700 underline" download>
                  {document.fileName}
                </a>
              </Cell>
              <Cell className="whitespace-pre-wrap">
                {document.withdrawnAt ? (
                  <span className="mb-1 block">
                    <strong className="text-red-800">{t("withdrawnTag")}</strong>{" "}
                    {t("withdrawnBy", { when: formatOfficeDay(document.withdrawnAt), reason: document.withdrawnReason ?? "" })}
                  </span>
                ) : null}
                {document.description || "–"}
                {!document.withdrawnAt && result.caseStatus !== "CLOSED" ? (
                  <WithdrawForm documentId={document.id} name={document.fileName} action={withdrawDocumentAction.bind(null, caseId, document.id)} />
                ) : null}
              </Cell>
              <Cell>{TYPE_LABEL[document.mimeType] ?? document.mimeType}</Cell>
              <Cell className="whitespace-nowrap">{format.number(document.sizeBytes / 1024, { maximumFractionDigits: 0 })} kB</Cell>
              <Cell className="whitespace-nowrap">{formatOfficeDateTime(document.createdAt)}</Cell>
            </tr>
          ))}
        </Table>
      )}
      {result.caseStatus !== "CLOSED" ? <UploadForm action={uploadDocumentAction.bind(null, caseId)} /> : <p className="text-sm text-slate-700">{tc("caseClosedReadOnly")}</p>}
    </PageSection>
  );
}
