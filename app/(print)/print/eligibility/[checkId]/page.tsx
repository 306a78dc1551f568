import Link from "next/link";
import { notFound } from "next/navigation";
import { createTranslator } from "next-intl";
import { getLocale } from "next-intl/server";
import { PrintButton } from "@/components/eligibility/print-button";
import { loadMessages } from "@/i18n/messages";
import { getEligibilityCheck } from "@/lib/data/eligibility-checks";
import { protectionOfCheckBeforeOutput } from "@/lib/data/protected-identity";
import { ProtectedOutputWarning } from "@/components/protected-output-warning";
import { ProtectedIdentityBanner } from "@/components/protected-identity-banner";
import { formatSek, type Reason } from "@/lib/eligibility";
import type EligibilityMessages from "@/messages/sv/eligibility.json";
import "./print.css";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { Section } from "@/components/ui/section";
import { DefinitionList } from "@/components/ui/definition-list";

// A saved check as a one-page summary to hand to the person, in Swedish or English
// (?lang=sv|en, else the user's language). Minimum data: the case number, first names and
// birth years only, and the stored result in plain words. No app chrome, so it prints as is.

type Language = "sv" | "en";

const CAP_CODES = new Set(["CAP_FAMILY_TOTAL", "CAP_COUPLE", "CAP_HOUSEHOLD"]);
/** Per-person "qualifies" notes repeat the table; the summary leaves them out. */
const LEFT_OUT = new Set(["QUALIFIES_OWN_PERMIT", "QUALIFIES_FAMILY_TIES", "HOUSEHOLD_NOT_ELIGIBLE"]);

/** Messages in the printout's language, which may differ from the user's. */
async function translatorFor(language: Language) {
  const messages = (await loadMessages(language)) as unknown as typeof EligibilityMessages;
  return createTranslator({ locale: language, messages, namespace: "eligibility" });
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<{ lang?: string }> }) {
  const t = await translatorFor(await languageFor((await searchParams).lang));
  return { title: t("print.documentTitle") };
}

/** A part of the printout: a block heading and the space that keeps a page's parts apart on paper. */
function PrintSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Section id={id} title={title} size="block" className="mb-4 print:mb-3" headingClassName="mb-1">
      {children}
    </Section>
  );
}

async function languageFor(requested: string | undefined): Promise<Language> {
  if (requested === "sv" || requested === "en") return requested;
  return (await getLocale()) === "en" ? "en" : "sv";
}

export default async function EligibilityPrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ checkId: string }>;
  searchParams: Promise<{ lang?: string; confirmProtected?: string }>;
}) {
  const [{ checkId }, { lang, confirmProtected }] = await Promise.all([params, searchParams]);
  // A protected person's summary is made only after the warning (issue 13).
  const before = await protectionOfCheckBeforeOutput(checkId);
  if (!before) notFound();
  const confirmed = before.protection ? "&confirmProtected=1" : "";
  if (before.protection && confirmProtected !== "1") {
    return <ProtectedOutputWarning confirmHref={`?lang=${lang === "en" ? "en" : "sv"}${confirmed}`} backHref={`/cases/${before.caseId}`} />;
  }
  const check = await getEligibilityCheck(checkId, "print");
  if (!check) notFound();
  const language = await languageFor(lang);
  const t = await translatorFor(language);
  const { result, input } = check;
  const sek = (amount: number) => formatSek(amount, language);
  const text = (reason: Reason) => reason.text[language];

  const important = result.reasons.filter((reason) => reason.severity !== "INFO" || CAP_CODES.has(reason.code));
  const goodToKnow = result.reasons.filter((reason) => reason.severity === "INFO" && !CAP_CODES.has(reason.code) && !LEFT_OUT.has(reason.code));
  // What stops one person but not the household (a child living elsewhere, a Swedish citizen).
  const shown = new Set(important.map(text));
  const personal = result.members.flatMap((member, position) => {
    const index = member.index ?? position;
    if (member.eligible) return [];
    return member.reasons
      .filter((reason) => reason.severity !== "INFO" && !LEFT_OUT.has(reason.code) && !shown.has(text(reason)))
      .map((reason) => ({ who: check.memberFirstNames[index] ?? t("form.person", { number: index + 1 }), reason }));
  });
  const checkedOn = check.createdAt.toISOString().slice(0, 10);

  return (
    <main id="main" lang={language} className="eligibility-summary mx-auto max-w-[210mm] bg-white px-4 py-6 sm:px-[16mm] sm:py-[12mm] text-slate-900 shadow print:max-w-none print:p-0 print:shadow-none">
      <nav aria-label={t("print.language")} className="mb-6 flex flex-wrap items-center gap-3 border-b border-slate-200 pb-4 text-sm print:hidden">
        <Link href={`/cases/${check.caseId}/eligibility/${check.id}`} className="text-brand-700 underline">
          {t("print.back")}
        </Link>
        <span aria-hidden="true">·</span>
        <span>{t("print.language")}:</span>
        <Link href={`?lang=sv${confirmed}`} lang="sv" aria-current={language === "sv" ? "page" : undefined} className="text-brand-700 underline aria-[current=page]:font-semibold aria-[current=page]:no-underline">
          Svenska
        </Link>
        <Link href={`?lang=en${confirmed}`} lang="en" aria-current={language === "en" ? "page" : undefined} className="text-brand-700 underline aria-[current=page]:font-semibold aria-[current=page]:no-underline">
          English
        </Link>
        <PrintButton label={t("print.printButton")} />
      </nav>
      <ProtectedIdentityBanner print protection={before.protection} />

      <header className="mb-4 print:mb-3">
        <p className="text-sm text-slate-700">{t("print.office")}</p>
        <h1 className="text-2xl font-semibold">{t("print.documentTitle")}</h1>
        <p className="mt-1">{t("print.intro")}</p>
        <DefinitionList
          className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 text-sm"
          items={[
            { term: t("print.caseNumber"), value: check.caseNumber },
            { term: t("print.checkedOn"), value: checkedOn },
            { term: t("print.applicationDate"), value: input.applicationDate },
            { term: t("print.rules"), value: language === "en" ? (result.ruleSet.titleEn ?? result.ruleSet.title) : result.ruleSet.title },
          ]}
        />
      </header>

      <section aria-labelledby="print-outcome" className="mb-4 print:mb-3 rounded border-2 border-slate-800 px-4 py-3">
        <h2 id="print-outcome" className="text-sm font-semibold uppercase tracking-wide">
          {t("print.outcomeTitle")}
        </h2>
        <p className="text-xl font-semibold">{t(`result.outcome.${result.outcome}`)}</p>
        {result.isProvisional ? <p className="text-sm">{t("print.provisional")}</p> : null}
      </section>

      <PrintSection id="print-household" title={t("print.household")}>
        <ScrollRegion label={t("print.household")}>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="py-1 pr-2 font-semibold">{t("print.name")}</th>
              <th scope="col" className="py-1 pr-2 font-semibold">{t("print.role")}</th>
              <th scope="col" className="py-1 pr-2 font-semibold">{t("print.bornYear")}</th>
              <th scope="col" className="py-1 text-right font-semibold">{t("print.amount")}</th>
            </tr>
          </thead>
          <tbody>
            {input.members.map((member, index) => (
              <tr key={index} className="border-b border-slate-200">
                <td className="py-1 pr-2">{check.memberFirstNames[index] ?? t("form.person", { number: index + 1 })}</td>
                <td className="py-1 pr-2">{t(`roles.${member.role}`)}</td>
                <td className="py-1 pr-2">{member.birthDate.slice(0, 4)}</td>
                <td className="py-1 text-right tabular-nums">{sek(result.members[index]?.allowanceSek ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </ScrollRegion>
      </PrintSection>

      <PrintSection id="print-amounts" title={t("print.amountsTitle")}>
        <dl className="grid max-w-sm grid-cols-[1fr_auto] gap-x-6 text-sm">
          <dt>{t("print.allowance")}</dt>
          <dd className="text-right tabular-nums">{sek(result.allowanceSek)}</dd>
          <dt>{t("print.travelCost")}</dt>
          <dd className="text-right tabular-nums">{sek(result.travelCostSek)}</dd>
          <dt className="border-t border-slate-400 font-semibold">{t("print.total")}</dt>
          <dd className="border-t border-slate-400 text-right font-semibold tabular-nums">{sek(result.totalSek)}</dd>
        </dl>
      </PrintSection>

      {important.length > 0 || personal.length > 0 ? (
        <PrintSection id="print-important" title={t("print.importantTitle")}>
          <ul className="list-disc pl-5 text-sm">
            {important.map((reason, index) => (
              <li key={`${reason.code}-${index}`}>{text(reason)}</li>
            ))}
            {personal.map(({ who, reason }, index) => (
              <li key={`${reason.code}-p${index}`}>
                {who}: {text(reason)}
              </li>
            ))}
          </ul>
        </PrintSection>
      ) : null}

      {result.alternatives.length > 0 ? (
        <PrintSection id="print-alternatives" title={t("print.alternativesTitle")}>
          <ul className="list-disc pl-5 text-sm">
            {result.alternatives.map((alternative) => (
              <li key={alternative.code}>{alternative.text[language]}</li>
            ))}
          </ul>
        </PrintSection>
      ) : null}

      <PrintSection id="print-next" title={t("print.nextTitle")}>
        <p className="text-sm">{t(`print.next.${result.outcome}`)}</p>
        <p className="mt-1 text-sm font-medium">{t("print.notDecision")}</p>
      </PrintSection>

      {goodToKnow.length > 0 ? (
        <PrintSection id="print-good-to-know" title={t("print.goodToKnowTitle")}>
          <ul className="list-disc pl-5 text-sm">
            {goodToKnow.map((reason, index) => (
              <li key={`${reason.code}-${index}`}>{text(reason)}</li>
            ))}
          </ul>
        </PrintSection>
      ) : null}

      <section aria-labelledby="print-contact" className="border-t border-slate-400 pt-2 text-sm">
        <h2 id="print-contact" className="font-semibold">
          {t("print.contactTitle")}
        </h2>
        <p>{t("print.contact")}</p>
        {check.createdByName ? <p className="mt-1">{t("print.adviser", { name: check.createdByName })}</p> : null}
      </section>
    </main>
  );
}
