import Link from "next/link";
import { Cell, Table } from "@/components/ui/table";
import { CLIENT_SCRIPT_CLASS } from "@/components/client-material/script-fonts";
import { reviewState } from "@/components/client-material/review-state";
import type { ClientMaterialSummary } from "@/lib/data/client-material";
import { kindSlug } from "@/lib/client-material/kinds";
import { CLIENT_MATERIAL_KINDS } from "@/lib/vocabularies/client-material";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export type TextsTableLanguage = { code: string; tag: string | undefined; nativeName: string; name: string };

/**
 * The texts a row per language and a column per kind, each cell a link to the
 * text (named for screen readers by its kind and language) and its review
 * state. The administrator's list links to editing, with the version; a
 * case's preview links to the print for that case. `t` reads the
 * "clientMaterial" messages.
 */
export function ClientMaterialTextsTable({
  caption,
  languageHeader,
  languages,
  texts,
  linkLabel,
  hrefOf,
  showVersion = false,
  t,
}: {
  caption: string;
  languageHeader: string;
  languages: TextsTableLanguage[];
  texts: Pick<ClientMaterialSummary, "kind" | "language" | "version" | "reviewedOn" | "reviewedBy" | "isUnreviewedTranslation">[];
  linkLabel: string;
  hrefOf: (kindSlug: string, languageCode: string) => string;
  showVersion?: boolean;
  t: Translate;
}) {
  return (
    <Table caption={caption} headers={[languageHeader, ...CLIENT_MATERIAL_KINDS.map((kind) => t(`kinds.${kind}`))]}>
      {languages.map((language) => (
        <tr key={language.code}>
          <Cell>
            <span lang={language.tag} dir="auto" className={`${CLIENT_SCRIPT_CLASS} block`}>
              {language.nativeName}
            </span>
            <span className="text-xs text-slate-700">{language.name}</span>
          </Cell>
          {CLIENT_MATERIAL_KINDS.map((kind) => {
            const text = texts.find((candidate) => candidate.kind === kind && candidate.language === language.code);
            return (
              <Cell key={kind}>
                {text ? (
                  <>
                    <Link href={hrefOf(kindSlug(kind), language.code)} className="text-brand-700 underline">
                      {linkLabel}
                      <span className="sr-only">
                        {" "}
                        {t(`kinds.${kind}`)}, {language.name}
                      </span>
                    </Link>
                    {showVersion ? (
                      <span className="block text-xs text-slate-700">
                        {t("admin.version")} {text.version}
                      </span>
                    ) : null}
                    <span className={`block text-xs ${text.isUnreviewedTranslation ? "text-amber-900" : "text-slate-700"}`}>{reviewState(text, t)}</span>
                  </>
                ) : (
                  "–"
                )}
              </Cell>
            );
          })}
        </tr>
      ))}
    </Table>
  );
}
