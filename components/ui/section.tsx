import type { ReactNode } from "react";

/** A heading's size by its place: a part of the page (text-xl), or a block within one (text-lg). */
const HEADING_SIZE = { part: "text-xl", block: "text-lg" } as const;

type SectionProps = {
  /** The heading's id: the section is named by its heading (aria-labelledby), so a screen reader lists it as a region. */
  id: string;
  title: ReactNode;
  level?: 2 | 3;
  /** An h2 is a part of the page and an h3 a block, unless a page's own h2s are its blocks (under an h1 of its own). */
  size?: keyof typeof HEADING_SIZE;
  /** The section's own layout: its gap or margins. */
  className?: string;
  /** Space below the heading, for a section laid out by margins rather than a gap. */
  headingClassName?: string;
  /** A section of links (a summary that leads to the parts of a page) is a `nav`. */
  as?: "section" | "nav";
  children?: ReactNode;
};

/** A section named by its own heading. */
export function Section({ id, title, level = 2, size = level === 2 ? "part" : "block", className, headingClassName = "", as: Element = "section", children }: SectionProps) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <Element aria-labelledby={id} className={className}>
      <Heading id={id} className={`${headingClassName} ${HEADING_SIZE[size]} font-semibold`.trim()}>
        {title}
      </Heading>
      {children}
    </Element>
  );
}

/** A block of a page on a white card: a section with an h3 unless said otherwise. */
export function Panel({ className = "", level = 3, ...props }: Omit<SectionProps, "size">) {
  return <Section {...props} level={level} size="block" className={`${className} rounded-lg border border-slate-200 bg-white p-4`.trim()} />;
}

type PageSectionProps = {
  id: string;
  title: ReactNode;
  /** The line under the heading that says what the part is for. */
  intro?: ReactNode;
  /** A link back to where the page was opened from, above the heading. */
  back?: ReactNode;
  /** Buttons or links beside the heading (a new item, print). When given, even as null, the heading and they share a row. */
  actions?: ReactNode;
  /** What belongs to the heading after the introduction: a state, a confirmation, a link back below. */
  extra?: ReactNode;
  /** The gap between the heading and the parts below it. */
  gap?: "gap-4" | "gap-6";
  children?: ReactNode;
};

/**
 * A page's own part under its layout's h1 — a tab of a case: an h2 with its introduction, then the content.
 * Every case tab opens the same way, so a reader (and a screen reader's list of headings) finds them alike.
 */
export function PageSection({ id, title, intro, back, actions, extra, gap = "gap-6", children }: PageSectionProps) {
  const heading = (
    <div>
      {back}
      <h2 id={id} className={`${back ? "mt-2 " : ""}text-xl font-semibold`}>
        {title}
      </h2>
      {intro ? <p className="mt-1 max-w-prose text-sm text-slate-700">{intro}</p> : null}
      {extra}
    </div>
  );
  return (
    <section aria-labelledby={id} className={`flex flex-col ${gap}`}>
      {actions === undefined ? (
        heading
      ) : (
        <div className="flex flex-wrap items-end justify-between gap-4">
          {heading}
          {actions}
        </div>
      )}
      {children}
    </section>
  );
}
