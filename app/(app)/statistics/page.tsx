import { redirect } from "next/navigation";
import { authorize } from "@/lib/gate";

/**
 * The old statistics page moved into the dashboard (issue 14): a bookmark of
 * a year ("?year=2025") opens the dashboard on that year.
 */
export default async function StatisticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await authorize("statistics.read");
  const { year } = await searchParams;
  redirect(typeof year === "string" && /^\d{4}$/.test(year) ? `/dashboard?period=${year}` : "/dashboard");
}
