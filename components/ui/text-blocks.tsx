import { Fragment } from "react";
import { parseTextBlocks, type Inline } from "@/lib/guidance/text-blocks";

function Inlines({ parts, links }: { parts: Inline[]; links: boolean }) {
  return parts.map((part, index) =>
    part.kind === "link" && links ? (
      <a key={index} href={part.href} className="break-words text-brand-700 underline" rel="noopener noreferrer">
        {part.text}
      </a>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}

/**
 * Text in the plain-text format of lib/guidance/text-blocks (headings, paragraphs,
 * lists): a guidance article, or client material given to a person. Built from
 * React elements only, so nothing an editor types becomes markup. Indents are
 * logical (padding-inline-start), so lists sit on the right in right-to-left
 * text; on paper a heading stays with what follows and a list item is not split.
 * `links: false` shows a link as its text (a printed sheet cannot be clicked).
 */
export function TextBlocks({ body, headingLevel = 2, links = true, className = "" }: { body: string; headingLevel?: 2 | 3; links?: boolean; className?: string }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className={`flex flex-col gap-3 ${className}`}>
      {parseTextBlocks(body).map((block, index) => {
        switch (block.kind) {
          case "heading":
            return (
              <Heading key={index} className="mt-3 text-lg font-semibold print:break-after-avoid">
                <Inlines parts={block.content} links={links} />
              </Heading>
            );
          case "paragraph":
            return (
              <p key={index}>
                {block.lines.map((line, lineIndex) => (
                  <Fragment key={lineIndex}>
                    {lineIndex > 0 ? <br /> : null}
                    <Inlines parts={line} links={links} />
                  </Fragment>
                ))}
              </p>
            );
          case "bullets":
          case "numbered": {
            const List = block.kind === "bullets" ? "ul" : "ol";
            return (
              <List key={index} className={`${block.kind === "bullets" ? "list-disc" : "list-decimal"} space-y-1 ps-6`}>
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex} className="print:break-inside-avoid">
                    <Inlines parts={item} links={links} />
                  </li>
                ))}
              </List>
            );
          }
        }
      })}
    </div>
  );
}
