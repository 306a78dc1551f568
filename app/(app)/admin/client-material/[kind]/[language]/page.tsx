import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { reviewState } from "@/components/client-material/review-state";
import { clientMaterialTextMetadata, type ClientMaterialTextParams } from "@/components/client-material/text-page";
import "@/components/client-material/script-fonts";
import { authorize } from "@/lib/gate";
import { findClientMaterialTextAt, getClientMaterialLastEdit, listClientMaterialRevisions } from "@/lib/data/client-material";
import { clientLanguage, clientLanguageName, needsReview } from "@/lib/client-material/languages";
import { ClientMaterialTextForm } from "./_components/text-form";
import { updateClientMaterialAction } from "./actions";
import { formatOfficeDateTime } from "@/lib/dates";
import { Section } from "@/components/ui/section";

type Params = ClientMaterialTextParams;

export const generateMetadata = clientMaterialTextMetadata("clientMaterial.edit", "admin.editTitle");

/** One text in one language: the editor, who saved it last, and its earlier versions. */
export default async function ClientMaterialEditPage({ params, searchParams }: Params) {
  await authorize("clientMaterial.edit");
  const text = await findClientMaterialTextAt(params);
  if (!text) notFound();
  const { kind: slug } = await params;
  const [lastEdit, revisions] = await Promise.all([getClientMaterialLastEdit(text.id), listClientMaterialRevisions(text.id)]);
  const t = await getTranslations("clientMaterial");
  const locale = await getLocale();
  const meta = clientLanguage(text.language);
  const saved = (await searchParams).saved;
  const when = (date: Date) => formatOfficeDateTime(date);
  return (
    <div className="flex flex-col gap-4">
      <p>
        <Link href="/admin/client-material" className="text-sm text-brand-700 underline">
          {t("print.backToList")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("admin.editTitle", { text: t(`kinds.${text.kind}`), language: clientLanguageName(text.language, locale) })}</h1>
      <div aria-live="polite">{typeof saved === "string" && /^\d{1,7}$/.test(saved) ? <Alert tone="success">{t("admin.saved", { version: Number(saved) })}</Alert> : null}</div>
      <p className="text-sm text-slate-700">
        {lastEdit ? t("admin.lastSaved", { version: text.version, when: when(lastEdit.at), name: lastEdit.name ?? "–" }) : t("admin.seeded", { version: text.version })} ·{" "}
        <span className={text.isUnreviewedTranslation ? "text-amber-900" : undefined}>{reviewState(text, t)}</span> ·{" "}
        <Link href={`/print/client-material/${slug}/${text.language}`} className="text-brand-700 underline">
          {t("admin.preview")}
        </Link>
      </p>
      <ClientMaterialTextForm
        key={text.version}
        action={updateClientMaterialAction.bind(null, text.kind, text.language)}
        initial={{ title: text.title, body: text.body, reviewedOn: text.reviewedOn ?? "", reviewedBy: text.reviewedBy ?? "", version: String(text.version) }}
        lang={meta?.tag ?? text.language}
        dir={meta?.dir ?? "ltr"}
        isTranslation={needsReview(text.language)}
      />
      <Section id="revisions-heading" title={t("admin.revisions")} size="block" className="flex flex-col gap-2">
        {revisions.length === 0 ? (
          <p className="text-sm text-slate-700">{t("admin.noRevisions")}</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {revisions.map((revision) => (
              <li key={revision.version}>
                {t("admin.revisionRow", {
                  version: revision.version,
                  title: revision.title,
                  when: when(revision.replacedAt),
                  name: revision.editedByName ?? "–",
                  review: reviewState({ language: text.language, reviewedOn: revision.reviewedOn, reviewedBy: revision.reviewedBy }, t),
                })}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
