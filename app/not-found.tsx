import { NotFoundContent } from "@/components/not-found-content";

/** Outside the signed-in layout: the page's only main landmark. */
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <NotFoundContent />
    </main>
  );
}
