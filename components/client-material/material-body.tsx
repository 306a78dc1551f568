import { Fragment } from "react";
import { parseTextBlocks, type Inline } from "@/lib/guidance/text-blocks";

const inline = (parts: Inline[]) => parts.map((part, index) => <Fragment key={index}>{part.text}</Fragment>);

/**
 * A client-material text in the guidance's plain-text format
 * (lib/guidance/text-blocks), built from React elements only. Indents are
 * logical (padding-inline-start), so lists sit on the right in right-to-left
 * text; links print as their text.
 */
export function MaterialBody({ body }: { body: string }) {
  return (
    <div className="flex flex-col gap-3">
      {parseTextBlocks(body).map((block, index) => {
        switch (block.kind) {
          case "heading":
            return (
              <h2 key={index} className="mt-3 text-lg font-bold print:break-after-avoid">
                {inline(block.content)}
              </h2>
            );
          case "paragraph":
            return (
              <p key={index}>
                {block.lines.map((line, lineIndex) => (
                  <Fragment key={lineIndex}>
                    {lineIndex > 0 ? <br /> : null}
                    {inline(line)}
                  </Fragment>
                ))}
              </p>
            );
          case "bullets":
            return (
              <ul key={index} className="list-disc space-y-1 ps-6">
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex} className="print:break-inside-avoid">
                    {inline(item)}
                  </li>
                ))}
              </ul>
            );
          case "numbered":
            return (
              <ol key={index} className="list-decimal space-y-1 ps-6">
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex} className="print:break-inside-avoid">
                    {inline(item)}
                  </li>
                ))}
              </ol>
            );
        }
      })}
    </div>
  );
}
