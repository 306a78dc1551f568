import { Fragment, type ReactNode } from "react";

/** One term of a DefinitionList and its value; a value's own classes (pre-wrapped notes, a total in bold) where it needs them. */
export type Definition = { term: ReactNode; value: ReactNode; valueClassName?: string };

/**
 * Terms and their values as a `<dl>`, each term a `<dt>` followed by its `<dd>`, so a screen reader
 * reads them as pairs. The caller lays the grid out (`className`: columns, gaps, size); a row left
 * out is `false` or `null`, so optional facts read in place.
 */
export function DefinitionList({
  items,
  className,
  termClassName = "font-medium",
  valueClassName,
  testId,
}: {
  items: (Definition | false | null | undefined)[];
  className: string;
  termClassName?: string;
  valueClassName?: string;
  testId?: string;
}) {
  return (
    <dl className={className} data-testid={testId}>
      {items.map((item, index) =>
        item ? (
          <Fragment key={index}>
            <dt className={termClassName}>{item.term}</dt>
            <dd className={item.valueClassName ?? valueClassName}>{item.value}</dd>
          </Fragment>
        ) : null,
      )}
    </dl>
  );
}
