import { PERMIT_GROUNDS, checkEligibility, type EligibilityInput, type EligibilityResult, type PermitGround, type Reason, type RuleSet } from "@/lib/eligibility";
import { addDays } from "@/lib/eligibility/dates";
import { ENGINE_NOTE_WORDING, VERDICTS, type AskCondition, type OutcomeCode, type QuestionId } from "./wizard-table";
import type { LocalizedText, WizardTexts } from "./wizard-texts";

// Where the wizard asks the eligibility engine: a minimal household of one adult built from
// the answers (no answer identifies anyone), the engine's verdict read as an outcome, and
// its reasons as notes. Also what each of the table's named conditions means.

export type Answers = Partial<Record<QuestionId, string>>;

/** A note from the eligibility engine, with the source it rests on. */
export type Note = { code: string; severity: Reason["severity"]; text: LocalizedText; citation: string };

function isPermitGround(value: string | undefined): value is PermitGround {
  return (PERMIT_GROUNDS as readonly string[]).includes(value ?? "");
}

/** Someone aged 30 on the day: the person asking is taken to be an adult. */
function adultBirthDate(today: string): string {
  const [year] = today.split("-");
  return `${Number(year) - 30}-01-01`;
}

/**
 * The smallest household the engine can judge: one adult, with unknown
 * answers taken the favourable way, so that a NOT_ELIGIBLE result means the
 * grant is out whatever the unknowns turn out to be.
 */
export function eligibilityInputFor(answers: Answers, today: string, ruleSet: RuleSet): EligibilityInput {
  const ground = answers.ground;
  const cutoff = ruleSet.permitGrantedOnOrBefore;
  const grantedOn = cutoff ? (answers.grantedBy === "NO" ? (addDays(cutoff, 1) ?? cutoff) : cutoff) : today;
  return {
    applicationDate: today,
    // "ZZ": no country is asked for; only whether it is the home country.
    destination: { country: "ZZ", isHomeCountry: answers.destination !== "OTHER_COUNTRY" },
    registeredInSweden: answers.registered !== "NO",
    hasDebtsToCsnOrKronofogden: false,
    canPayOwnTravel: false,
    hadGrantBefore: false,
    travelCostSek: 0,
    members: [
      {
        role: "APPLICANT",
        birthDate: adultBirthDate(today),
        citizenships: answers.citizen === "YES" ? ["SE"] : ["ZZ"],
        permit: answers.permit === "YES" && isPermitGround(ground) ? { ground, permanent: answers.permanent !== "NO", grantedOn } : null,
        livesWithApplicant: true,
      },
    ],
  };
}

/** What each condition a question may be asked under means, for the ground given. */
export function holds(condition: AskCondition, ruleSet: RuleSet, answers: Answers): boolean {
  const ground = answers.ground as PermitGround;
  const qualifies = ruleSet.qualifyingGrounds.includes(ground);
  switch (condition) {
    case "permitMustBePermanent":
      return ruleSet.groundsRequiringPermanentPermit.includes(ground);
    case "permitDateCounts":
      return ruleSet.permitGrantedOnOrBefore !== null && qualifies;
    case "registrationCounts":
      return ruleSet.requiresRegistration && qualifies;
    case "groundQualifies":
      return qualifies;
  }
}

/** The engine's verdict on the answers as an outcome (VERDICTS), and whether it rules the grant out. */
export function verdictOn(result: EligibilityResult, answers: Answers): { outcome: OutcomeCode; isRuledOut: boolean } {
  const isRuledOut = result.outcome === "NOT_ELIGIBLE";
  const blocking = result.reasons.filter((reason) => reason.severity === "BLOCKS").map((reason) => reason.code);
  const fits = VERDICTS.find((row) => {
    if (row.blockedBy) return isRuledOut && (row.blockedBy === "ANY" || blocking.includes(row.blockedBy));
    if (row.answered) return !isRuledOut && Object.values(answers).includes(row.answered);
    return !isRuledOut;
  });
  // The table's last row fits anything not ruled out, and a "blockedBy ANY" row anything that is (checked when it loads).
  if (!fits) throw new Error(`No verdict row fits ${result.outcome}`);
  return { outcome: fits.outcome, isRuledOut };
}

/** The engine's reasons of the given severities as notes, in the wizard's words where it has its own. */
export function notesOf(result: EligibilityResult, severities: readonly Reason["severity"][], texts: WizardTexts): Note[] {
  return result.reasons
    .filter((reason) => severities.includes(reason.severity))
    .flatMap((reason) => {
      const wording = ENGINE_NOTE_WORDING[reason.code as keyof typeof ENGINE_NOTE_WORDING];
      if (wording === "hidden") return [];
      const text = wording === "own" ? texts.text(`engineNotes.${reason.code}`) : reason.text;
      return [{ code: reason.code, severity: reason.severity, text, citation: reason.citation }];
    });
}

export function checkAnswers(answers: Answers, today: string, ruleSet: RuleSet): EligibilityResult {
  return checkEligibility(eligibilityInputFor(answers, today, ruleSet));
}
