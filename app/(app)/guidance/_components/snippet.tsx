import { Fragment } from "react";
import type { SnippetPart } from "@/lib/guidance/highlight";

/** A search snippet: text parts, the matches in <mark>. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className="text-sm text-slate-700">
      {parts.map((part, index) =>
        part.isMatch ? (
          <mark key={index} className="rounded-sm bg-yellow-100 px-0.5 font-semibold text-slate-900">
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}
