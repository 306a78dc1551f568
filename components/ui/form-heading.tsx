/** The heading a form is named by (its `aria-labelledby`), and, when it has one, the sentence saying what it does; `wide` spans a two-column form. */
export function FormHeading({ id, title, intro, wide = false }: { id: string; title: string; intro?: string; wide?: boolean }) {
  const span = wide ? " sm:col-span-2" : "";
  return (
    <>
      <h3 id={id} className={`text-lg font-semibold${span}`}>
        {title}
      </h3>
      {intro ? <p className={`text-sm text-slate-700${span}`}>{intro}</p> : null}
    </>
  );
}
