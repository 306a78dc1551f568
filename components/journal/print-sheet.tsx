import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { isoOfDbDate, formatOfficeDateTime } from "@/lib/dates";
import { PrintButton } from "@/components/eligibility/print-button";
import { ProtectedIdentityBanner } from "@/components/protected-identity-banner";
import type { ProtectedIdentityKind } from "@/lib/vocabularies/protected-identity";

/** A CSS string literal that cannot end the string or the <style> element. */
function cssString(value: string): string {
  return `"${value.replace(/[\\"<>\n]/g, (ch) => `\\${ch.charCodeAt(0).toString(16)} `)}"`;
}

type CaseHeading = {
  id: string;
  caseNumber: string;
  firstName: string;
  lastName: string;
  birthDate: Date;
  team: { name: string };
  adviser: { name: string } | null;
  protectedIdentity?: ProtectedIdentityKind | null;
  protectedIdentityMarkedAt?: Date | null;
};

/**
 * The frame of a printed record: office name, case number and the secrecy
 * marking on top, page numbers and the marking again in every page's margin
 * (CSS @page margin boxes, which Chromium prints), A4.
 */
export async function PrintSheet({ heading, title, children }: { heading: CaseHeading; title: string; children: React.ReactNode }) {
  const t = await getTranslations("journal.printView");
  const tWorkflow = await getTranslations("workflow");
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const secrecy = t("secrecy");
  const caseLabel = t("caseNumber", { caseNumber: heading.caseNumber });
  // Margin boxes cannot read the page, so the case number is written into this sheet's own @page rule.
  const pageRule = `@page { @top-left { content: ${cssString(secrecy)}; } @top-right { content: ${cssString(caseLabel)}; } @bottom-right { content: counter(page) " / " counter(pages); } }`;
  return (
    <main id="main" className="journal-print mx-auto max-w-[210mm] bg-white px-4 py-6 sm:px-[16mm] sm:py-[12mm] text-slate-900 shadow print:max-w-none print:p-0 print:shadow-none">
      {/* Raw, not as a text child (React would escape the quotes), with the request's nonce (the CSP refuses other inline styles; proxy.ts sets it). */}
      <style nonce={nonce} dangerouslySetInnerHTML={{ __html: pageRule }} />
      <nav className="mb-6 flex flex-wrap items-center gap-3 border-b border-slate-200 pb-4 text-sm print:hidden">
        <Link href={`/cases/${heading.id}`} className="text-brand-700 underline">
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
      </nav>
      <ProtectedIdentityBanner
        print
        protection={heading.protectedIdentity ? { kind: heading.protectedIdentity, markedAt: heading.protectedIdentityMarkedAt ?? null } : null}
      />
      <header className="mb-6 flex flex-col gap-1 border-b-2 border-slate-900 pb-3">
        <p className="flex flex-wrap justify-between gap-2 text-sm">
          <span>{t("officeName", { team: heading.team.name })}</span>
          <strong className="uppercase tracking-wide" data-testid="secrecy-marking">
            {secrecy}
          </strong>
        </p>
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="text-sm">
          {t("person", { name: `${heading.firstName} ${heading.lastName}`, birthDate: isoOfDbDate(heading.birthDate) })} ·{" "}
          {heading.adviser ? t("adviser", { name: heading.adviser.name }) : tWorkflow("inQueue")}
        </p>
        <p className="text-xs text-slate-700">{t("printedAt", { when: formatOfficeDateTime(new Date()) })}</p>
      </header>
      {children}
    </main>
  );
}
