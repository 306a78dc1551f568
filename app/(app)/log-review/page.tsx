import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Cell, Table } from "@/components/ui/table";
import { authorize } from "@/lib/gate";
import { listReviewMonths } from "@/lib/data/log-review";
import { can } from "@/lib/permissions";
import { DrawMonthForm } from "./_components/draw-month-form";
import { formatOfficeDay } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";
import { Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("logReview");

/** The access-log review (issue 13 part 2): the months drawn so far, and drawing the next one. */
export default async function LogReviewPage() {
  const user = await authorize("logReview.read");
  const { reviews, suggested } = await listReviewMonths();
  const t = await getTranslations("logReview");
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="flex flex-col gap-6">
        {can(user.role, "logReview.write") ? (
          <Section id="draw-heading" title={t("drawTitle")} className="flex flex-col gap-2">
            <DrawMonthForm suggested={suggested} />
          </Section>
        ) : null}
        <Section id="months-heading" title={t("monthsTitle")} className="flex flex-col gap-2">
          {reviews.length === 0 ? (
            <p className="text-sm">{t("noMonths")}</p>
          ) : (
            <Table caption={t("monthsTitle")} headers={[t("columns.month"), t("columns.reads"), t("columns.picks"), t("columns.status")]}>
              {reviews.map((review) => (
                <tr key={review.month}>
                  <Cell>
                    <Link href={`/log-review/${review.month}`} className="font-medium text-brand-700 underline">
                      {review.month}
                    </Link>
                  </Cell>
                  <Cell>{review.readCount}</Cell>
                  <Cell>{review.picks}</Cell>
                  <Cell>{review.signedOffAt ? t("statusSigned", { date: formatOfficeDay(review.signedOffAt) }) : t("statusOpenShort")}</Cell>
                </tr>
              ))}
            </Table>
          )}
        </Section>
      </div>
    </>
  );
}
