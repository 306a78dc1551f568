import { ScrollRegion } from "./scroll-region";

/** A plain, accessible table: a caption for screen readers and scoped headers. */
export function Table({ caption, headers, children }: { caption: string; headers: React.ReactNode[]; children: React.ReactNode }) {
  // Every table scrolls sideways in its own box on a narrow screen, a box reachable by keyboard (ScrollRegion, WCAG 2.1.1).
  return (
    <ScrollRegion label={caption} className="rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            {headers.map((header, index) => (
              <th key={index} scope="col" className="px-3 py-2 font-semibold">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">{children}</tbody>
      </table>
    </ScrollRegion>
  );
}

export function Cell({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <td className={`px-3 py-2 align-top ${className}`}>{children}</td>;
}

/** The first cell of a row that names it, e.g. an adviser or a year's figure. */
export function RowHeader({ children, className = "font-medium" }: { children: React.ReactNode; className?: string }) {
  return (
    <th scope="row" className={`px-3 py-2 text-left ${className}`}>
      {children}
    </th>
  );
}
