import { Fragment } from "react";
import { parseTextBlocks, type Inline } from "@/lib/guidance/text-blocks";

function Inlines({ parts }: { parts: Inline[] }) {
  return parts.map((part, index) =>
    part.kind === "link" ? (
      <a key={index} href={part.href} className="break-words text-brand-700 underline" rel="noopener noreferrer">
        {part.text}
      </a>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}

/**
 * An article body in the plain-text format of lib/guidance/text-blocks:
 * built from React elements only, so nothing an editor types becomes markup.
 */
export function ArticleBody({ body, headingLevel = 2 }: { body: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="flex max-w-prose flex-col gap-3 text-slate-900">
      {parseTextBlocks(body).map((block, index) => {
        switch (block.kind) {
          case "heading":
            return (
              <Heading key={index} className="mt-3 text-lg font-semibold">
                <Inlines parts={block.content} />
              </Heading>
            );
          case "paragraph":
            return (
              <p key={index}>
                {block.lines.map((line, lineIndex) => (
                  <Fragment key={lineIndex}>
                    {lineIndex > 0 ? <br /> : null}
                    <Inlines parts={line} />
                  </Fragment>
                ))}
              </p>
            );
          case "bullets":
            return (
              <ul key={index} className="list-disc space-y-1 pl-6">
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>
                    <Inlines parts={item} />
                  </li>
                ))}
              </ul>
            );
          case "numbered":
            return (
              <ol key={index} className="list-decimal space-y-1 pl-6">
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>
                    <Inlines parts={item} />
                  </li>
                ))}
              </ol>
            );
        }
      })}
    </div>
  );
}
