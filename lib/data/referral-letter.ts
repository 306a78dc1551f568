import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { viaCase } from "@/lib/data/scope";
import { LETTER_STATUSES } from "@/lib/data/referrals";
import { officeToday } from "@/lib/dates";
import { buildLetterContent, type LetterLanguage, type LetterSource } from "@/lib/referrals/letter-content";
import { renderLetterPdf } from "@/lib/referrals/letter-pdf";
import { isoOfDbDate } from "@/lib/dates";

// The referral letter as a PDF. Only the fields the letter may carry are read
// (lib/referrals/letter-content decides which of them a receiver gets), the
// person's consent must be on record, and every download is audited before a
// byte leaves.

export type ReferralLetterResult =
  | { ok: true; pdf: Uint8Array; fileName: string }
  | { ok: false; error: "notFound" | "consentRequired" | "notAvailable" | "protectedNotConfirmed" };

/**
 * `confirmedProtected`: for a person with protected personal data (issue 13)
 * the user has read the warning and confirmed; without it no letter is made.
 * The letter never carries the person's address (letter-content leaves out
 * every contact detail), protected or not.
 */
export async function renderReferralLetter(referralId: string, language: LetterLanguage, { confirmedProtected = false }: { confirmedProtected?: boolean } = {}): Promise<ReferralLetterResult> {
  const user = await authorize("referral.letter");
  const db = getDb();
  const row = await db.referral.findFirst({
    where: { AND: [{ id: referralId }, viaCase(user)] },
    select: {
      caseId: true,
      type: true,
      status: true,
      consentGivenOn: true,
      organisation: { select: { name: true, kind: true, country: true, address: true } },
      case: {
        select: {
          caseNumber: true,
          firstName: true,
          lastName: true,
          birthDate: true,
          identityNumber: true,
          destinationCountry: true,
          protectedIdentity: true,
          adviser: { select: { name: true, email: true } },
          team: { select: { name: true } },
          householdMembers: {
            orderBy: [{ birthDate: "asc" }, { id: "asc" }],
            select: { relation: true, firstName: true, lastName: true, birthDate: true, livesWithApplicant: true },
          },
        },
      },
    },
  });
  if (!row) return { ok: false, error: "notFound" };
  if (!row.consentGivenOn) return { ok: false, error: "consentRequired" };
  if (!LETTER_STATUSES.includes(row.status)) return { ok: false, error: "notAvailable" };
  if (row.case.protectedIdentity && !confirmedProtected) return { ok: false, error: "protectedNotConfirmed" };

  const person = row.case;
  const source: LetterSource = {
    today: officeToday(),
    referral: { type: row.type, consentGivenOn: isoOfDbDate(row.consentGivenOn) },
    organisation: row.organisation,
    person: {
      caseNumber: person.caseNumber,
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: isoOfDbDate(person.birthDate),
      identityNumber: person.identityNumber,
      destinationCountry: person.destinationCountry,
    },
    household: person.householdMembers.map((member) => ({ ...member, birthDate: isoOfDbDate(member.birthDate) })),
    // The case's adviser is the receiver's contact, whoever downloads the letter; while the case waits in the
    // intake queue (no adviser yet), the adviser who takes the letter out is.
    adviser: { name: person.adviser?.name ?? user.name, email: person.adviser?.email ?? user.email, teamName: person.team.name },
  };
  const pdf = await renderLetterPdf(buildLetterContent(source, language));
  await recordAudit(db, auditActor(user), {
    action: "referral.letter.download",
    resourceType: "Referral",
    resourceId: referralId,
    caseId: row.caseId,
    changes: { language: [null, language], ...(row.case.protectedIdentity ? { protectedIdentity: [null, row.case.protectedIdentity] } : {}) },
  });
  const prefix = language === "sv" ? "remiss" : "referral";
  return { ok: true, pdf, fileName: `${prefix}-${person.caseNumber.replace(/[^0-9A-Za-z.-]+/g, "-")}.pdf` };
}
