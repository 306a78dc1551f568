// Small-count suppression the way official statistics do it (SCB, Socialstyrelsen):
// a count of 1 to threshold−1 persons is shown as a range ("1–4"), never as the
// number, and *secondary* suppression hides further cells so that no hidden cell
// can be worked out from the totals shown beside it.
//
// Pure: no database, no clock. Input is a table of counts; the row totals, the
// column totals and the grand total (when the table shows them) are computed here
// and take part in the suppression like any other cell.
//
// Why it is safe. Read a table with its totals as one grid of (R+1)×(C+1) cells in
// which every row and every column adds up to zero (a total is a cell with the
// opposite sign). What a reader knows is: every shown cell, that a "1–4" cell lies
// in 1..threshold−1, and that a ".." cell is at least 0. A hidden cell can be
// recomputed exactly when every table that fits what is shown gives it the same
// value. So each hidden cell is put on a "pattern" of hidden cells (a rectangle,
// or a pair when only one direction has totals) along which the counts can move by
// one — +1, −1, −1, +1 — while every row and column sum stays the same and every
// cell stays within what the reader knows about it. A second table then fits all
// that is shown and differs in that cell: it cannot be recomputed. The property
// test (suppression.test.ts) checks exactly this claim on random tables.

export type SuppressedCell =
  /** The count, shown. */
  | { kind: "shown"; value: number }
  /** Primary suppression: 1 to threshold−1, shown as that range. */
  | { kind: "small" }
  /** Secondary suppression: hidden so that a small cell cannot be worked out ("..", as official tables print it). */
  | { kind: "hidden" };

export type SuppressedTable = {
  cells: SuppressedCell[][];
  /** The total of each row, when the table has a total column. */
  rowTotals: SuppressedCell[] | null;
  /** The total of each column, when the table has a total row. */
  columnTotals: SuppressedCell[] | null;
  /** When the table has both. */
  grandTotal: SuppressedCell | null;
};

export type SuppressionOptions = {
  /** Counts from 1 to threshold−1 are suppressed; at least 3 (with 2, "1–1" would tell the count). */
  threshold: number;
  /** Whether each row's total is shown (a total column). */
  rowTotals: boolean;
  /** Whether each column's total is shown (a total row). */
  columnTotals: boolean;
};

export const MIN_SUPPRESSION_THRESHOLD = 3;
export const MAX_SUPPRESSION_THRESHOLD = 20;
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

type State = "shown" | "small" | "hidden";

/** A cell of a rectangular grid (every index here is within its bounds). */
const at = <T>(grid: readonly (readonly T[])[], r: number, c: number): T => grid[r]![c]!;
type Position = [row: number, column: number];

/** One count on its own (a figure without a table around it). */
export function suppressCount(value: number, threshold: number): SuppressedCell {
  return value >= 1 && value < threshold ? { kind: "small" } : { kind: "shown", value };
}

/** How a suppressed cell reads: "1–4" (with threshold 5) or "..". */
export function suppressedText(cell: Exclude<SuppressedCell, { kind: "shown" }>, threshold: number): string {
  return cell.kind === "small" ? `1–${threshold - 1}` : "..";
}

/** The grid with its totals: rows × columns of counts, then a total column and a total row as asked. */
export function withTotals(values: readonly (readonly number[])[], options: Pick<SuppressionOptions, "rowTotals" | "columnTotals">): number[][] {
  const columns = values[0]?.length ?? 0;
  const grid = values.map((row) => (options.rowTotals ? [...row, sum(row)] : [...row]));
  if (options.columnTotals) {
    const width = columns + (options.rowTotals ? 1 : 0);
    grid.push(Array.from({ length: width }, (_, column) => sum(grid.map((row) => row[column] ?? 0))));
  }
  return grid;
}

/** Suppresses small counts in `values` (rows × columns) and every cell that would give one away. */
export function suppressTable(values: readonly (readonly number[])[], options: SuppressionOptions): SuppressedTable {
  const { threshold, rowTotals, columnTotals } = options;
  if (!Number.isInteger(threshold) || threshold < MIN_SUPPRESSION_THRESHOLD) throw new Error(`The suppression threshold must be an integer of at least ${MIN_SUPPRESSION_THRESHOLD}.`);
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  if (values.some((row) => row.length !== columns)) throw new Error("Every row of a table needs the same number of cells.");
  if (values.some((row) => row.some((value) => !Number.isInteger(value) || value < 0))) throw new Error("Counts are whole numbers of at least 0.");

  const grid = withTotals(values, options);
  const height = grid.length;
  const width = grid[0]?.length ?? 0;
  const isTotalRow = (r: number) => columnTotals && r === rows;
  const isTotalColumn = (c: number) => rowTotals && c === columns;
  // In the zero-sum reading a total carries the opposite sign (the grand total, being both, the same).
  const sign = (r: number, c: number) => (isTotalRow(r) !== isTotalColumn(c) ? -1 : 1);
  const state: State[][] = grid.map((row) => row.map((value) => (value >= 1 && value < threshold ? "small" : "shown")));

  /** Whether a cell may move by `change` and still fit what a reader would know of it once hidden. */
  const canMove = ([r, c]: Position, change: number, asState: State) => {
    const next = at(grid, r, c) + change;
    return asState === "small" ? next >= 1 && next < threshold : next >= 0;
  };
  const stateIfHidden = ([r, c]: Position): State => (at(state, r, c) === "shown" ? "hidden" : at(state, r, c));

  /** Patterns through a cell: rectangles when both rows and columns have totals, pairs along the only constrained direction, the cell alone when none has. */
  function* patternsThrough([r, c]: Position): Generator<{ cells: Position[]; steps: number[] }> {
    if (rowTotals && columnTotals) {
      for (let r2 = 0; r2 < height; r2++)
        for (let c2 = 0; c2 < width; c2++)
          if (r2 !== r && c2 !== c) yield { cells: [[r, c], [r, c2], [r2, c], [r2, c2]], steps: [1, -1, -1, 1] };
    } else if (columnTotals) {
      for (let r2 = 0; r2 < height; r2++) if (r2 !== r) yield { cells: [[r, c], [r2, c]], steps: [1, -1] };
    } else if (rowTotals) {
      for (let c2 = 0; c2 < width; c2++) if (c2 !== c) yield { cells: [[r, c], [r, c2]], steps: [1, -1] };
    } else {
      yield { cells: [[r, c]], steps: [1] };
    }
  }

  /** Whether moving along the pattern (one way or the other) keeps every cell within what the reader knows. */
  const isFeasible = (pattern: { cells: Position[]; steps: number[] }) =>
    [1, -1].some((direction) => pattern.cells.every((cell, i) => canMove(cell, direction * pattern.steps[i]! * sign(cell[0], cell[1]), stateIfHidden(cell))));

  // What hiding a shown cell costs: its count (information lost), and totals dearer than inner cells.
  const cost = ([r, c]: Position) => {
    if (at(state, r, c) !== "shown") return 0;
    const weight = isTotalRow(r) && isTotalColumn(c) ? 100 : isTotalRow(r) || isTotalColumn(c) ? 10 : 1;
    return (at(grid, r, c) + 1) * weight;
  };

  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      if (at(state, r, c) === "shown") continue;
      let best: { cells: Position[]; cost: number } | null = null;
      for (const pattern of patternsThrough([r, c])) {
        if (!isFeasible(pattern)) continue;
        const patternCost = pattern.cells.reduce((total, cell) => total + cost(cell), 0);
        if (!best || patternCost < best.cost) best = { cells: pattern.cells, cost: patternCost };
        if (patternCost === 0) break;
      }
      if (!best) {
        // No way to protect this cell (a table too small to hide anything in): hide the whole table.
        for (const row of state) row.fill("hidden");
        return toTable(grid, state, rows, columns, options);
      }
      for (const [pr, pc] of best.cells) if (at(state, pr, pc) === "shown") state[pr]![pc] = "hidden";
    }
  }
  return toTable(grid, state, rows, columns, options);
}

function toTable(grid: number[][], state: State[][], rows: number, columns: number, options: SuppressionOptions): SuppressedTable {
  const cell = (r: number, c: number): SuppressedCell => (at(state, r, c) === "shown" ? { kind: "shown", value: at(grid, r, c) } : { kind: at(state, r, c) as "small" | "hidden" });
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return {
    cells: range(rows).map((r) => range(columns).map((c) => cell(r, c))),
    rowTotals: options.rowTotals ? range(rows).map((r) => cell(r, columns)) : null,
    columnTotals: options.columnTotals ? range(columns).map((c) => cell(rows, c)) : null,
    grandTotal: options.rowTotals && options.columnTotals ? cell(rows, columns) : null,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
