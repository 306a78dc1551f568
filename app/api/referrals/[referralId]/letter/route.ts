import { notFound } from "next/navigation";
import { renderReferralLetter } from "@/lib/data/referral-letter";
import { isLetterLanguage } from "@/lib/referrals/letter-content";
import { fileDownload } from "@/lib/http/file-response";

/**
 * The referral letter as a PDF attachment, in Swedish unless ?lang=en. The
 * data layer checks the role and the case's scope (out of scope is a 404,
 * like a missing referral), requires the person's consent and audits the
 * download. Nothing is cached anywhere on the way.
 */
export async function GET(request: Request, { params }: { params: Promise<{ referralId: string }> }) {
  const { referralId } = await params;
  const requested = new URL(request.url).searchParams.get("lang") ?? "sv";
  const language = isLetterLanguage(requested) ? requested : "sv";
  const confirmedProtected = new URL(request.url).searchParams.get("confirmProtected") === "1";
  const letter = await renderReferralLetter(referralId, language, { confirmedProtected });
  if (!letter.ok) {
    if (letter.error === "notFound") notFound();
    // Expected refusals, said plainly: the page only offers the link when the letter can be made.
    const message =
      letter.error === "protectedNotConfirmed"
        ? {
            sv: "Personen har skyddade personuppgifter. Bekräfta varningen på remissens sida innan brevet skapas (det skapas utan adress).",
            en: "The person has protected personal data. Confirm the warning on the referral's page before the letter is made (it is made without the address).",
          }
        : letter.error === "consentRequired"
        ? { sv: "Remissbrevet kan inte skapas förrän personens samtycke är registrerat.", en: "The letter cannot be made until the person's consent is recorded." }
        : { sv: "Remissbrevet finns inte för en återkallad eller avslutad remiss.", en: "There is no letter for a withdrawn or closed referral." };
    return new Response(message[language], { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  return fileDownload(letter.pdf, "application/pdf", letter.fileName);
}
