/**
 * What an edit form shows when someone else saved first: who and when, then
 * the caller's comparison of their values with what was typed (a table, a
 * list). One look for every version conflict; announced as an alert.
 */
export function ConflictPanel({ title, body, heading: Heading = "h2", children }: { title: string; body: string; heading?: "h2" | "h3"; children: React.ReactNode }) {
  return (
    <div role="alert" className="flex flex-col gap-3 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
      <Heading className="text-base font-semibold">{title}</Heading>
      <p>{body}</p>
      {children}
    </div>
  );
}
