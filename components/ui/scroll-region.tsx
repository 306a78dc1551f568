import type { ReactNode } from "react";

/**
 * A box that scrolls sideways when its content (a wide table) does not fit,
 * instead of widening the page (WCAG 1.4.10 reflow). It can be focused and
 * then scrolled with the arrow keys, and it is named, so a keyboard or
 * screen-reader user knows what they are in (axe scrollable-region-focusable).
 * `contain: inline-size` keeps the table's width out of the box's intrinsic
 * size: without it a grid or flex column around the box grows to the table's
 * width and the page scrolls after all. `relative` keeps absolutely placed
 * content (screen-reader-only text in the cells) inside the box too: without
 * a positioned ancestor it would be placed against the page and widen it.
 */
export function ScrollRegion({ label, id, hidden, className = "", children }: { label: string; id?: string; hidden?: boolean; className?: string; children: ReactNode }) {
  return (
    // A region must be focusable to be scrolled by keyboard; tabIndex 0 on a non-interactive element is the point here.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div role="region" aria-label={label} id={id} hidden={hidden} tabIndex={0} className={`relative max-w-full overflow-x-auto [contain:inline-size] focus:outline focus:outline-2 focus:outline-offset-2 focus:outline-brand-700 ${className}`}>
      {children}
    </div>
  );
}
