// Fills for the dashboard's charts: each colour has at least 3:1 contrast
// against the white background (WCAG 1.4.11), and each series also has its own
// pattern, so the series are told apart without colour (WCAG 1.4.1) — in
// grey-scale print and for colour-blind readers alike.

export type PatternId = "solid" | "stripes" | "dots" | "cross" | "lines";

export type SeriesStyle = { color: string; pattern: PatternId };

/** In order of use; a chart with more series than this repeats none (there are at most five outcomes). */
export const SERIES_STYLES: SeriesStyle[] = [
  { color: "#1d4ed8", pattern: "solid" }, // blue 700: 6.7:1
  { color: "#b45309", pattern: "stripes" }, // amber 700: 5.0:1
  { color: "#047857", pattern: "dots" }, // emerald 700: 5.5:1
  { color: "#6d28d9", pattern: "cross" }, // violet 700: 7.1:1
  { color: "#374151", pattern: "lines" }, // grey 700: 10.3:1
];

export function patternFill(chartId: string, index: number): string {
  const style = SERIES_STYLES[index % SERIES_STYLES.length]!;
  return style.pattern === "solid" ? style.color : `url(#${chartId}-pattern-${index})`;
}

/** The pattern definitions a chart's fills refer to, in an invisible SVG of their own. */
export function PatternDefs({ chartId, count }: { chartId: string; count: number }) {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" className="absolute">
      <defs>
        {Array.from({ length: count }, (_, index) => {
          const { color, pattern } = SERIES_STYLES[index % SERIES_STYLES.length]!;
          const id = `${chartId}-pattern-${index}`;
          return (
            <pattern key={id} id={id} width="8" height="8" patternUnits="userSpaceOnUse">
              <rect width="8" height="8" fill={color} />
              {pattern === "stripes" ? <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#fff" strokeWidth="1.6" /> : null}
              {pattern === "dots" ? <circle cx="4" cy="4" r="1.6" fill="#fff" /> : null}
              {pattern === "cross" ? <path d="M0,0 l8,8 M8,0 l-8,8" stroke="#fff" strokeWidth="1.2" /> : null}
              {pattern === "lines" ? <path d="M0,4 h8" stroke="#fff" strokeWidth="1.6" /> : null}
            </pattern>
          );
        })}
      </defs>
    </svg>
  );
}

/** A legend swatch drawn with the same fill as its bars. */
export function Swatch({ chartId, index }: { chartId: string; index: number }) {
  return (
    <svg width="16" height="16" aria-hidden="true" focusable="false" className="shrink-0">
      <rect x="0.5" y="0.5" width="15" height="15" fill={patternFill(chartId, index)} stroke="#1f2937" strokeWidth="1" />
    </svg>
  );
}
