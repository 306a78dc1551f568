import { authorizeRequest } from "@/lib/gate";
import { checkEligibility } from "@/lib/eligibility";
import { parseEligibilityInput } from "@/lib/schemas/eligibility";

// POST /api/eligibility: the engine over HTTP for the roles that may use the calculator
// (eligibility.calculate: advisers and city staff; others get 404, as for pages). The body is the
// engine's input (ELIGIBILITY.md); the answer is its result. Nothing is stored or audited:
// the input names no one. Errors list every problem: { errors: [{ path, code, message }] },
// in the language Accept-Language asks for, else the user's own.

export const dynamic = "force-dynamic";

type Language = "sv" | "en";

/** Far above any real household (20 people), small enough to refuse junk early. */
const MAX_BODY_BYTES = 64 * 1024;

const API_ERRORS = {
  unauthenticated: { sv: "Logga in för att använda tjänsten.", en: "Sign in to use this service." },
  notFound: { sv: "Sidan finns inte.", en: "Not found." },
  contentType: { sv: "Skicka uppgifterna som JSON (Content-Type: application/json).", en: "Send the input as JSON (Content-Type: application/json)." },
  tooLarge: { sv: "Förfrågan är för stor.", en: "The request is too large." },
  invalidJson: { sv: "Innehållet är inte giltig JSON.", en: "The body is not valid JSON." },
} as const satisfies Record<string, Record<Language, string>>;

type ApiError = { path: string; code: string; message: string };

/** The first of sv/en that Accept-Language prefers (by q), or null when it names neither. */
function languageFromAcceptLanguage(header: string | null): Language | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split("-")[0], weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((entry): entry is { language: Language; weight: number; order: number } => (entry.language === "sv" || entry.language === "en") && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return ranked[0]?.language ?? null;
}

function fail(status: number, code: keyof typeof API_ERRORS, language: Language): Response {
  const errors: ApiError[] = [{ path: "", code, message: API_ERRORS[code][language] }];
  return Response.json({ errors }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request): Promise<Response> {
  const requested = languageFromAcceptLanguage(request.headers.get("accept-language"));
  // Signed in means all the way: second factor done, no password change or enrolment owed.
  const access = await authorizeRequest("eligibility.calculate");
  if (!access.ok) return fail(access.status, access.status === 401 ? "unauthenticated" : "notFound", requested ?? "sv");
  const language: Language = requested ?? (access.user.locale === "en" ? "en" : "sv");

  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim())) return fail(415, "contentType", language);
  const declaredLength = Number(request.headers.get("content-length") ?? 0);
  if (declaredLength > MAX_BODY_BYTES) return fail(413, "tooLarge", language);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return fail(413, "tooLarge", language);

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return fail(400, "invalidJson", language);
  }

  const parsed = parseEligibilityInput(body, language);
  if (!parsed.success) {
    const errors: ApiError[] = parsed.issues.map((issue) => ({ path: issue.field, code: issue.key, message: issue.message }));
    return Response.json({ errors }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  return Response.json(checkEligibility(parsed.data), { headers: { "Cache-Control": "no-store" } });
}
