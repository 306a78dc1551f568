/** "What counts": the definitions of the figures beside them (issue 14 part 3), folded away until asked for. */
export function WhatCounts({ title, items }: { title: string; items: string[] }) {
  return (
    <details className="text-sm text-slate-700">
      <summary className="cursor-pointer text-brand-800">{title}</summary>
      <ul className="mt-1 flex list-disc flex-col gap-1 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </details>
  );
}
