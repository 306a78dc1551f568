import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressCount, suppressedText, suppressTable, withTotals, type SuppressedCell, type SuppressedTable, type SuppressionOptions } from "./suppression";

// The claim: no suppressed value can be recomputed from what is shown. A value is
// recomputable when every table that fits what is shown (the shown counts, the
// "1–4" ranges, ".." meaning "0 or more", and every row and column adding up to
// its total) gives it the same value. So for every suppressed cell the test looks
// for a second table that fits everything shown and differs in that cell, by
// moving counts along hidden cells — found here by its own search, checked here
// by recomputing every total of the second table.

type Grid = number[][];

/** The table as shown, with its totals, as one grid of cells. */
function shownGrid(table: SuppressedTable): SuppressedCell[][] {
  const grid: SuppressedCell[][] = table.cells.map((row, r) => (table.rowTotals ? [...row, table.rowTotals[r]!] : [...row]));
  if (table.columnTotals) grid.push(table.grandTotal ? [...table.columnTotals, table.grandTotal] : [...table.columnTotals]);
  return grid;
}

/** Whether `candidate` (inner counts) would show exactly as `shown` does. */
function fitsWhatIsShown(candidate: Grid, shown: SuppressedCell[][], options: SuppressionOptions): boolean {
  const full = withTotals(candidate, options);
  return full.every((row, r) =>
    row.every((value, c) => {
      const cell = shown[r]![c]!;
      if (cell.kind === "shown") return value === cell.value;
      if (cell.kind === "small") return value >= 1 && value < options.threshold;
      return value >= 0;
    }),
  );
}

/** A second table that fits what is shown and differs at inner cell or total (r, c), if a move of ±1..3 along two to four hidden cells finds one. */
function alternativeFor(values: Grid, shown: SuppressedCell[][], options: SuppressionOptions, [r, c]: [number, number]): Grid | null {
  const rows = values.length;
  const columns = values[0]!.length;
  const hidden = (rr: number, cc: number) => shown[rr]![cc]!.kind !== "shown";
  const innerRows = Array.from({ length: rows }, (_, i) => i);
  const innerColumns = Array.from({ length: columns }, (_, i) => i);
  // Moves of inner cells only (a total follows its row and column): one cell alone, two in a row or
  // a column, or four in a rectangle, each keeping what sums it can. fitsWhatIsShown decides.
  const candidates: [number, number, number][][] = [];
  for (const r1 of innerRows)
    for (const c1 of innerColumns) {
      candidates.push([[r1, c1, 1]]);
      for (const r2 of innerRows)
        for (const c2 of innerColumns) {
          if (r1 === r2 && c1 === c2) continue;
          if (r1 === r2 || c1 === c2) candidates.push([[r1, c1, 1], [r2, c2, -1]]);
          else candidates.push([[r1, c1, 1], [r1, c2, -1], [r2, c1, -1], [r2, c2, 1]]);
        }
    }
  for (const moves of candidates) {
    for (const step of [1, -1, 2, -2, 3, -3]) {
      const candidate = values.map((row) => [...row]);
      for (const [mr, mc, direction] of moves) candidate[mr]![mc]! += step * direction;
      if (candidate.some((row) => row.some((value) => value < 0))) continue;
      const before = withTotals(values, options)[r]![c];
      const after = withTotals(candidate, options)[r]![c];
      if (before === after) continue;
      // Only hidden cells (inner or totals) may change: fitsWhatIsShown checks every cell.
      if (!moves.every(([mr, mc]) => hidden(mr, mc))) continue;
      if (fitsWhatIsShown(candidate, shown, options)) return candidate;
    }
  }
  return null;
}

/** Every suppressed cell (inner or total) for which no second table could be found. */
function recomputableCells(values: Grid, table: SuppressedTable, options: SuppressionOptions): [number, number][] {
  const shown = shownGrid(table);
  const found: [number, number][] = [];
  shown.forEach((row, r) => row.forEach((cell, c) => {
    if (cell.kind !== "shown" && !alternativeFor(values, shown, options, [r, c])) found.push([r, c]);
  }));
  return found;
}

const counts = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 4 }) }, { weight: 2, arbitrary: fc.integer({ min: 5, max: 40 }) });
const tables = fc
  .record({ rows: fc.integer({ min: 1, max: 5 }), columns: fc.integer({ min: 1, max: 4 }) })
  .chain(({ rows, columns }) => fc.array(fc.array(counts, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));
const shapes = fc.record({ threshold: fc.integer({ min: 3, max: 6 }), rowTotals: fc.boolean(), columnTotals: fc.boolean() });

describe("small-count suppression", () => {
  it("shows a count of 1–4 as the range and 0 or 5+ as the number", () => {
    expect(suppressCount(0, 5)).toEqual({ kind: "shown", value: 0 });
    expect(suppressCount(4, 5)).toEqual({ kind: "small" });
    expect(suppressCount(5, 5)).toEqual({ kind: "shown", value: 5 });
    expect(suppressedText({ kind: "small" }, 5)).toBe("1–4");
    expect(suppressedText({ kind: "small" }, 10)).toBe("1–9");
    expect(suppressedText({ kind: "hidden" }, 5)).toBe("..");
  });

  it("hides a second cell in the row and column of a small one, so the totals do not give it away", () => {
    const table = suppressTable([[3, 10], [20, 30]], { threshold: 5, rowTotals: true, columnTotals: true });
    expect(table.cells[0]![0]).toEqual({ kind: "small" });
    expect(table.cells[0]!.filter((cell) => cell.kind !== "shown")).toHaveLength(2);
    expect(table.cells.map((row) => row[0]!).filter((cell) => cell.kind !== "shown")).toHaveLength(2);
    expect(table.grandTotal).toEqual({ kind: "shown", value: 63 });
  });

  it("a list with a total hides a second entry beside a single small one", () => {
    const table = suppressTable([[2], [40], [9]], { threshold: 5, rowTotals: false, columnTotals: true });
    expect(table.cells[0]![0]).toEqual({ kind: "small" });
    expect(table.cells[2]![0]).toEqual({ kind: "hidden" });
    expect(table.cells[1]![0]).toEqual({ kind: "shown", value: 40 });
    expect(table.columnTotals).toEqual([{ kind: "shown", value: 51 }]);
  });

  it("the check itself finds a small count that primary suppression alone leaves open to recomputation", () => {
    // Without secondary suppression, 3 = 13 − 10: the checker must say so, or it proves nothing.
    const options = { threshold: 5, rowTotals: true, columnTotals: false };
    const primaryOnly: SuppressedTable = { cells: [[{ kind: "small" }, { kind: "shown", value: 10 }]], rowTotals: [{ kind: "shown", value: 13 }], columnTotals: null, grandTotal: null };
    expect(recomputableCells([[3, 10]], primaryOnly, options)).toEqual([[0, 0]]);
  });

  it("no suppressed value can be recomputed from the rows, columns and totals shown (property)", () => {
    fc.assert(
      fc.property(tables, shapes, (values, options) => {
        const table = suppressTable(values, options);
        expect(recomputableCells(values, table, options)).toEqual([]);
        // Every small count is suppressed, and nothing shown is changed.
        const shown = shownGrid(table);
        withTotals(values, options).forEach((row, r) =>
          row.forEach((value, c) => {
            const cell = shown[r]![c]!;
            if (value >= 1 && value < options.threshold) expect(cell.kind).not.toBe("shown");
            if (cell.kind === "shown") expect(cell.value).toBe(value);
          }),
        );
      }),
      { seed: 14_2026, numRuns: 400 },
    );
    // About 2 s on an idle machine; the search is exhaustive per cell.
  }, 120_000);
});
