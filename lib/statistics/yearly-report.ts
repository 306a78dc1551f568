// The yearly statistics report (issue 14 part 4) as tables: each figure of the
// year beside the previous year's, with the change, small counts suppressed.
// Pure: the figures come from lib/data/figures.ts (one definition each), the
// labels from the caller (so the page, the PDF and the CSV/XLSX files show the
// same table in the user's language), the threshold from the office setting.
//
// Each year's table is suppressed on its own, with its totals; a change is
// shown only where both years' counts are. Amounts and processing times are not
// counts of persons, but they are hidden where the count behind them is: the
// amount of one grant, or the median of three cases, tells about persons.
import { suppressTable, suppressedText, type SuppressedCell } from "./suppression";
import { AGE_BANDS, HOUSEHOLD_SIZES, IOM_DIMENSIONS, IOM_SCORES, PROCESSING_TIMES, type FigureId } from "./figures";

type Decision = "GRANTED" | "REFUSED";
type DecisionCounts = Record<Decision, { count: number; amountSek: number }>;

/** One year's figures, as lib/data/figures.ts computes them. */
export type ReportFigures = {
  opened: number;
  closedByOutcome: Record<string, number>;
  returnedByCountry: { country: string | null; count: number }[];
  returnedByNationality: { country: string | null; count: number }[];
  personsByAgeBand: Record<string, Record<string, number>>;
  householdsBySize: Record<string, number>;
  decisionsByRuleSet: { ruleSetId: string | null; byDecision: DecisionCounts }[];
  processingTimes: Record<string, { count: number; medianDays: number | null; p90Days: number | null }>;
  followUps: { total: number; byDimension: Record<string, Record<number, number>> };
};

/** What a cell shows: a number (count, kronor, days) or a suppressed range / "..". */
export type ReportValue = { kind: "shown"; value: number } | { kind: "suppressed"; text: string } | { kind: "none" };

export type ReportCell = { current: ReportValue; previous: ReportValue; change: ReportValue };

export type ReportTable = {
  id: string;
  /** The figure whose definition it shows (its "what counts" text). */
  figure: FigureId;
  title: string;
  /** The value columns; every one is shown for the year, the previous year and the change. */
  columns: { label: string; unit: "count" | "sek" | "days" }[];
  rows: { label: string; isTotal: boolean; cells: ReportCell[] }[];
};

export type YearlyReport = { year: number; previousYear: number; threshold: number; tables: ReportTable[] };

/** The labels the caller gives, by key: "table.<id>", "column.total", "gender.WOMAN", "country.SE", "ruleSet.<id>"… */
export type ReportLabel = (key: string) => string;

type Grid = { rows: string[]; columns: string[]; values: (year: ReportFigures) => number[][]; rowTotals: boolean; columnTotals: boolean };

export function buildYearlyReport(input: { year: number; threshold: number; current: ReportFigures; previous: ReportFigures; label: ReportLabel }): YearlyReport {
  const { threshold, current, previous, label } = input;

  const toValue = (cell: SuppressedCell): ReportValue => (cell.kind === "shown" ? { kind: "shown", value: cell.value } : { kind: "suppressed", text: suppressedText(cell, threshold) });
  const change = (a: ReportValue, b: ReportValue): ReportValue => (a.kind === "shown" && b.kind === "shown" ? { kind: "shown", value: a.value - b.value } : a.kind === "none" && b.kind === "none" ? { kind: "none" } : { kind: "suppressed", text: ".." });
  const cellOf = (a: ReportValue, b: ReportValue): ReportCell => ({ current: a, previous: b, change: change(a, b) });

  /** A table of counts, suppressed per year with its totals. */
  function countTable(id: string, figure: FigureId, grid: Grid, rowLabel: (key: string) => string, columnLabel: (key: string) => string): ReportTable {
    const suppress = (year: ReportFigures) => suppressTable(grid.values(year), { threshold, rowTotals: grid.rowTotals, columnTotals: grid.columnTotals });
    const [now, before] = [suppress(current), suppress(previous)];
    const columns = [...grid.columns.map(columnLabel), ...(grid.rowTotals ? [label("column.total")] : [])].map((text) => ({ label: text, unit: "count" as const }));
    const rowOf = (r: number | "total") => {
      const pick = (table: ReturnType<typeof suppress>) =>
        r === "total"
          ? [...(table.columnTotals ?? []), ...(table.grandTotal ? [table.grandTotal] : [])]
          : [...(table.cells[r] ?? []), ...(table.rowTotals ? [table.rowTotals[r]!] : [])];
      const [a, b] = [pick(now), pick(before)];
      return a.map((cell, i) => cellOf(toValue(cell), toValue(b[i]!)));
    };
    const rows = grid.rows.map((key, r) => ({ label: rowLabel(key), isTotal: false, cells: rowOf(r) }));
    if (grid.columnTotals) rows.push({ label: label("row.total"), isTotal: true, cells: rowOf("total") });
    return { id, figure, title: label(`table.${id}`), columns, rows };
  }

  const union = (get: (year: ReportFigures) => { country: string | null; count: number }[]) => {
    const keys = new Map<string, number>();
    for (const year of [current, previous]) for (const row of get(year)) keys.set(row.country ?? "", (keys.get(row.country ?? "") ?? 0) + row.count);
    return [...keys].sort((a, b) => b[1] - a[1] || Number(a[0] === "") - Number(b[0] === "") || a[0].localeCompare(b[0])).map(([key]) => key);
  };
  const countsOf = (list: { country: string | null; count: number }[], keys: string[]) => keys.map((key) => [list.find((row) => (row.country ?? "") === key)?.count ?? 0]);
  const countries = union((year) => year.returnedByCountry);
  const nationalities = union((year) => year.returnedByNationality);
  const outcomes = Object.keys(current.closedByOutcome);
  const genders = Object.keys(Object.values(current.personsByAgeBand)[0] ?? {});
  const ruleSets = [...new Set([...current.decisionsByRuleSet, ...previous.decisionsByRuleSet].map((row) => row.ruleSetId ?? ""))];
  const decisionsOf = (year: ReportFigures, key: string) => year.decisionsByRuleSet.find((row) => (row.ruleSetId ?? "") === key)?.byDecision;

  const tables: ReportTable[] = [
    countTable("opened", "opened", { rows: ["opened"], columns: ["count"], values: (y) => [[y.opened]], rowTotals: false, columnTotals: false }, (k) => label(`row.${k}`), () => label("column.count")),
    countTable("closed", "closedByOutcome", { rows: outcomes, columns: ["count"], values: (y) => outcomes.map((o) => [y.closedByOutcome[o] ?? 0]), rowTotals: false, columnTotals: true }, (k) => label(`outcome.${k}`), () => label("column.count")),
    countTable(
      "persons",
      "personsCounselled",
      { rows: AGE_BANDS.map((band) => band.id), columns: genders, values: (y) => AGE_BANDS.map((band) => genders.map((g) => y.personsByAgeBand[band.id]?.[g] ?? 0)), rowTotals: true, columnTotals: true },
      (k) => label(`ageBand.${k}`),
      (k) => label(`gender.${k}`),
    ),
    countTable("households", "householdsBySize", { rows: [...HOUSEHOLD_SIZES], columns: ["count"], values: (y) => HOUSEHOLD_SIZES.map((size) => [y.householdsBySize[size] ?? 0]), rowTotals: false, columnTotals: true }, (k) => label(`householdSize.${k}`), () => label("column.households")),
    countTable("returnsByCountry", "returnedByCountry", { rows: countries, columns: ["count"], values: (y) => countsOf(y.returnedByCountry, countries), rowTotals: false, columnTotals: true }, (k) => (k ? label(`country.${k}`) : label("row.noCountry")), () => label("column.count")),
    countTable("returnsByNationality", "returnedByNationality", { rows: nationalities, columns: ["count"], values: (y) => countsOf(y.returnedByNationality, nationalities), rowTotals: false, columnTotals: true }, (k) => (k ? label(`country.${k}`) : label("row.noCitizenship")), () => label("column.count")),
    decisionsTable(),
    processingTable(),
    countTable(
      "followUps",
      "followUpResults",
      { rows: [...IOM_DIMENSIONS], columns: IOM_SCORES.map(String), values: (y) => IOM_DIMENSIONS.map((d) => IOM_SCORES.map((s) => y.followUps.byDimension[d]?.[s] ?? 0)), rowTotals: true, columnTotals: false },
      (k) => label(`dimension.${k}`),
      (k) => label(`score.${k}`),
    ),
  ];
  return { year: input.year, previousYear: input.year - 1, threshold, tables };

  /** Decisions by rule set: counts suppressed as a table (granted, refused, totals), the amount granted hidden where its count is. */
  function decisionsTable(): ReportTable {
    const decisions: Decision[] = ["GRANTED", "REFUSED"];
    const counts = countTable(
      "decisions",
      "grantDecisionsByRuleSet",
      { rows: ruleSets, columns: decisions, values: (y) => ruleSets.map((key) => decisions.map((d) => decisionsOf(y, key)?.[d].count ?? 0)), rowTotals: true, columnTotals: true },
      (k) => (k ? label(`ruleSet.${k}`) : label("row.noRuleSet")),
      (k) => label(`decision.${k}`),
    );
    const amount = (year: ReportFigures, key: string | "total", shown: ReportValue): ReportValue => {
      if (shown.kind !== "shown") return { kind: "suppressed", text: ".." };
      const sum = key === "total" ? ruleSets.reduce((total, k) => total + (decisionsOf(year, k)?.GRANTED.amountSek ?? 0), 0) : (decisionsOf(year, key)?.GRANTED.amountSek ?? 0);
      return { kind: "shown", value: sum };
    };
    counts.rows = counts.rows.map((row, r) => {
      const key = row.isTotal ? "total" : ruleSets[r]!;
      const granted = row.cells[0]!;
      const [a, b] = [amount(current, key, granted.current), amount(previous, key, granted.previous)];
      return { ...row, cells: [...row.cells, cellOf(a, b)] };
    });
    counts.columns = [...counts.columns, { label: label("column.amountGranted"), unit: "sek" }];
    return counts;
  }

  /** Processing times: the number of cases (a count, suppressed when small) and the median and 90th percentile, hidden with it. */
  function processingTable(): ReportTable {
    const valueOf = (year: ReportFigures, id: string, part: "count" | "medianDays" | "p90Days"): ReportValue => {
      const figure = year.processingTimes[id];
      if (!figure) return { kind: "none" };
      const count = suppressTable([[figure.count]], { threshold, rowTotals: false, columnTotals: false }).cells[0]![0]!;
      if (part === "count") return toValue(count);
      if (count.kind !== "shown") return { kind: "suppressed", text: ".." };
      const days = figure[part];
      return days === null ? { kind: "none" } : { kind: "shown", value: days };
    };
    const parts = ["count", "medianDays", "p90Days"] as const;
    return {
      id: "processingTimes",
      figure: "intakeToFirstSession",
      title: label("table.processingTimes"),
      columns: [
        { label: label("column.cases"), unit: "count" },
        { label: label("column.median"), unit: "days" },
        { label: label("column.p90"), unit: "days" },
      ],
      rows: PROCESSING_TIMES.map((id) => ({
        label: label(`processingTime.${id}`),
        isTotal: false,
        cells: parts.map((part) => cellOf(valueOf(current, id, part), valueOf(previous, id, part))),
      })),
    };
  }
}
