import { NotFoundContent } from "@/components/not-found-content";

/**
 * A missing or forbidden page inside the signed-in app: rendered within the
 * layout's <main>, so it must not bring another (the root not-found does).
 */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl">
      <NotFoundContent />
    </div>
  );
}
