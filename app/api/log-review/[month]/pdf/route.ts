import { getTranslations } from "next-intl/server";
import { authorizeRequest } from "@/lib/gate";
import { getReviewMonth } from "@/lib/data/log-review";
import { drawParameterValues, isReviewMonth } from "@/lib/log-review/month";
import { renderReviewPdf, type ReviewPdfContent } from "@/lib/log-review/review-pdf";
import { fileDownload } from "@/lib/http/file-response";
import { LOG_REVIEW_RULES } from "@/lib/vocabularies/protected-identity";
import { formatOfficeDateTime } from "@/lib/dates";

/**
 * A month's access-log review as a PDF for the auditors (issue 13 part 2), in
 * the user's language: the month's facts, then every picked read with who,
 * what, when, from where, why and the verdict. Reading it is recorded
 * ("logReview.pdf"). Case numbers only, never case contents.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ month: string }> }) {
  const access = await authorizeRequest("logReview.read");
  if (!access.ok) return new Response(null, { status: access.status });
  const { month } = await params;
  const review = isReviewMonth(month) ? await getReviewMonth(month, "pdf") : null;
  if (!review) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const t = await getTranslations("logReview");
  const tRoles = await getTranslations("roles");
  const when = (date: Date) => formatOfficeDateTime(date, { seconds: true });
  const totals = review.parameters.ruleTotals ?? {};
  const count = (verdict: string | null) => review.picks.filter((pick) => pick.verdict === verdict).length;
  const content: ReviewPdfContent = {
    title: t("pdfTitle", { month }),
    facts: [
      [t("pdfFacts.period"), month],
      [t("pdfFacts.reads"), String(review.readCount)],
      [t("pdfFacts.picks"), String(review.picks.length)],
      [t("pdfFacts.drawn"), `${when(review.createdAt)}, ${review.createdBy ?? "–"}`],
      [
        t("pdfFacts.seed"),
        t("parameters", drawParameterValues(review)),
      ],
      [t("pdfFacts.totals"), LOG_REVIEW_RULES.map((rule) => `${t(`rules.${rule}`)}: ${totals[rule] ?? 0}`).join("; ")],
      [t("pdfFacts.verdicts"), t("pdfVerdictCounts", { justified: count("JUSTIFIED"), followUp: count("NEEDS_FOLLOW_UP"), unmarked: count(null) })],
      [t("pdfFacts.status"), review.signedOffAt ? t("signedOff", { name: review.signedOffBy ?? "–", date: when(review.signedOffAt) }) : t("pdfNotSigned")],
    ],
    picksHeading: t("pdfPicks"),
    picks: review.picks.map((pick, index) => {
      const event = pick.event;
      const verdict: [string, string][] = [
        [t("pdfRows.verdict"), pick.verdict ? t(`verdicts.${pick.verdict}`) : t("unmarked")],
        ...(pick.comment ? [[t("pdfRows.comment"), pick.comment] as [string, string]] : []),
      ];
      if (!event) return { heading: `${index + 1}. ${t("eventGone")}`, rows: verdict };
      const why = [
        pick.rules.map((rule) => t(`rules.${rule}`)).join(", "),
        ...(event.grantReason ? [t("grantReason", { reason: event.grantReason })] : []),
        ...(event.statedReason ? [t("statedReason", { reason: event.statedReason })] : []),
      ].join("\n");
      return {
        heading: `${index + 1}. ${when(event.at)} · ${event.userName ?? event.userEmail ?? "–"}`,
        rows: [
          [t("pdfRows.who"), [event.userEmail ?? "–", event.role ? tRoles(event.role) : null, event.userTeam].filter(Boolean).join(", ")],
          [t("pdfRows.what"), `${event.action} · ${event.caseNumber ?? t("caseGone")}${event.caseTeam ? ` (${event.caseTeam})` : ""}${event.isProtected ? ` · ${t("protectedCase")}` : ""}`],
          [t("pdfRows.where"), event.ipAddress ?? "–"],
          [t("pdfRows.why"), why],
          ...verdict,
        ],
      };
    }),
    footer: t("pdfFooter", { month, date: when(new Date()) }),
  };
  const pdf = await renderReviewPdf(content);
  return fileDownload(pdf, "application/pdf", `loggkontroll-${month}.pdf`);
}
