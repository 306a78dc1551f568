import Link from "next/link";
import { PrintButton } from "@/components/eligibility/print-button";
import { clientLanguage } from "@/lib/client-material/languages";
import { TextBlocks } from "@/components/ui/text-blocks";
import { CLIENT_SCRIPT_CLASS } from "./script-fonts";
import "@/components/print-sheet.css";
import "./client-print.css";

type Props = {
  language: string;
  title: string;
  body: string;
  /** What the office needs on the paper, in the interface's language: given when, by whom, which version, reviewed or not. */
  note: string;
  back: { href: string; label: string };
  printLabel: string;
};

/**
 * A text for the person on A4. The text is an <article> with the person's
 * language and direction (lang, dir), so the browser shapes Arabic script
 * and Ge'ez and orders right-to-left text, on screen and in the printed or
 * saved PDF alike (pdf-lib would not shape Arabic). The office's note above
 * it stays in the interface's language and direction.
 */
export function ClientMaterialPrint({ language, title, body, note, back, printLabel }: Props) {
  const meta = clientLanguage(language);
  return (
    <main id="main" className="mx-auto max-w-[210mm] bg-white px-4 py-6 text-slate-900 shadow sm:px-[16mm] sm:py-[12mm] print:max-w-none print:p-0 print:shadow-none">
      <nav className="mb-4 flex flex-wrap items-center gap-3 border-b border-slate-200 pb-4 text-sm print:hidden">
        <Link href={back.href} className="text-brand-700 underline">
          {back.label}
        </Link>
        <PrintButton label={printLabel} />
      </nav>
      <p className="mb-4 border-b border-slate-300 pb-2 text-xs text-slate-700" data-testid="office-note">
        {note}
      </p>
      <article lang={meta?.tag ?? language} dir={meta?.dir ?? "ltr"} className={`${CLIENT_SCRIPT_CLASS} flex flex-col gap-3 break-words text-base`} data-testid="client-material-text">
        <h1 className="text-2xl font-bold">{title}</h1>
        <TextBlocks body={body} links={false} />
      </article>
    </main>
  );
}
