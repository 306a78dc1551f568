import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";
import { MEMBER_ROLES, PERMIT_GROUNDS, type EligibilityInput as EngineInput } from "@/lib/eligibility/types";
import { isIsoDate } from "@/lib/eligibility/dates";
import { formatSek } from "@/lib/eligibility/reasons";

// The eligibility check's input, shared by the form, the server action and the API.
// Error messages are stable keys, not prose: the API lists every problem in the caller's
// language from ELIGIBILITY_ERROR_MESSAGES, and the form can do the same through next-intl.

export const MAX_MEMBERS = 20;
export const MAX_CITIZENSHIPS = 10;
/** Far above any real household's fares, low enough to catch a slip of the keyboard. */
export const MAX_TRAVEL_COST_SEK = 1_000_000;
/** Earlier birth dates are typing errors, not people. */
export const EARLIEST_BIRTH_DATE = "1900-01-01";

export const ELIGIBILITY_ERROR_MESSAGES = {
  "eligibility.errors.invalid": { sv: "Uppgiften är ogiltig.", en: "This value is not valid." },
  "eligibility.errors.required": { sv: "Uppgiften måste fyllas i.", en: "This field is required." },
  "eligibility.errors.dateFormat": {
    sv: "Ange datumet i formen ÅÅÅÅ-MM-DD, till exempel 2026-01-31.",
    en: "Enter the date as YYYY-MM-DD, for example 2026-01-31.",
  },
  "eligibility.errors.dateNotReal": {
    sv: "Datumet finns inte i kalendern.",
    en: "That date does not exist in the calendar.",
  },
  "eligibility.errors.countryCode": {
    sv: "Ange landet med en landskod på två stora bokstäver (ISO 3166-1), till exempel SY.",
    en: "Enter the country as a two-letter code in capitals (ISO 3166-1), for example SY.",
  },
  "eligibility.errors.yesNo": { sv: "Svara ja eller nej.", en: "Answer yes or no." },
  "eligibility.errors.travelCostNumber": {
    sv: "Ange reskostnaden som ett belopp i kronor.",
    en: "Enter the travel cost as an amount in Swedish kronor.",
  },
  "eligibility.errors.travelCostNegative": {
    sv: "Reskostnaden kan inte vara negativ.",
    en: "The travel cost cannot be negative.",
  },
  "eligibility.errors.travelCostTooHigh": {
    sv: `Reskostnaden kan inte vara mer än ${formatSek(MAX_TRAVEL_COST_SEK, "sv")}. Kontrollera beloppet.`,
    en: `The travel cost cannot be more than ${formatSek(MAX_TRAVEL_COST_SEK, "en")}. Check the amount.`,
  },
  "eligibility.errors.membersMin": {
    sv: "Ange minst en person i hushållet.",
    en: "Add at least one person in the household.",
  },
  "eligibility.errors.membersMax": {
    sv: `Ett hushåll kan ha högst ${MAX_MEMBERS} personer.`,
    en: `A household can have at most ${MAX_MEMBERS} people.`,
  },
  "eligibility.errors.oneApplicant": {
    sv: "Exakt en person i hushållet ska vara huvudsökande.",
    en: "Exactly one person in the household must be the main applicant.",
  },
  "eligibility.errors.role": {
    sv: "Välj huvudsökande, make/maka, barn eller annan.",
    en: "Choose main applicant, spouse, child or other.",
  },
  "eligibility.errors.permit": {
    sv: "Ange uppehållstillståndet eller att personen saknar tillstånd.",
    en: "Enter the residence permit, or that the person has none.",
  },
  "eligibility.errors.permitGround": {
    sv: "Välj vilken grund uppehållstillståndet har.",
    en: "Choose the ground of the residence permit.",
  },
  "eligibility.errors.citizenshipsMax": {
    sv: `Ange högst ${MAX_CITIZENSHIPS} medborgarskap.`,
    en: `Enter at most ${MAX_CITIZENSHIPS} citizenships.`,
  },
  "eligibility.errors.birthDateTooEarly": {
    sv: `Födelsedatumet kan inte vara före ${EARLIEST_BIRTH_DATE}.`,
    en: `The date of birth cannot be before ${EARLIEST_BIRTH_DATE}.`,
  },
  "eligibility.errors.birthDateAfterApplication": {
    sv: "Födelsedatumet kan inte vara efter ansökningsdatumet.",
    en: "The date of birth cannot be after the application date.",
  },
  "eligibility.errors.permitGrantedAfterApplication": {
    sv: "Tillståndet kan inte vara beviljat efter ansökningsdatumet.",
    en: "The permit cannot have been granted after the application date.",
  },
  "eligibility.errors.permitGrantedBeforeBirth": {
    sv: "Tillståndet kan inte vara beviljat före personens födelsedatum.",
    en: "The permit cannot have been granted before the person's date of birth.",
  },
} as const satisfies Record<string, { sv: string; en: string }>;

export type EligibilityErrorKey = keyof typeof ELIGIBILITY_ERROR_MESSAGES;

// Typed so a misspelt key fails to compile instead of reaching a user.
const key = (errorKey: EligibilityErrorKey) => errorKey;

/** A missing field says "required"; a field of the wrong type gets `errorKey`. */
const typeError = (errorKey: EligibilityErrorKey) => (issue: { input?: unknown }) =>
  issue.input === undefined ? key("eligibility.errors.required") : key(errorKey);

const isoDate = () =>
  safeString({ error: typeError("eligibility.errors.dateFormat") })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: key("eligibility.errors.dateFormat"), abort: true })
    .refine(isIsoDate, { error: key("eligibility.errors.dateNotReal") });

const countryCode = () =>
  safeString({ error: typeError("eligibility.errors.countryCode") })
    .regex(/^[A-Z]{2}$/, { error: key("eligibility.errors.countryCode") });

const yesNo = () => z.boolean({ error: typeError("eligibility.errors.yesNo") });

export const PermitSchema = z.object(
  {
    ground: z.enum(PERMIT_GROUNDS, { error: typeError("eligibility.errors.permitGround") }),
    permanent: yesNo(),
    grantedOn: isoDate(),
  },
  { error: typeError("eligibility.errors.permit") },
);

export const HouseholdMemberSchema = z.object(
  {
    role: z.enum(MEMBER_ROLES, { error: typeError("eligibility.errors.role") }),
    birthDate: isoDate().refine((date) => date >= EARLIEST_BIRTH_DATE, {
      error: key("eligibility.errors.birthDateTooEarly"),
    }),
    // Empty is allowed: stateless people exist.
    citizenships: z
      .array(countryCode(), { error: typeError("eligibility.errors.countryCode") })
      .max(MAX_CITIZENSHIPS, { error: key("eligibility.errors.citizenshipsMax") }),
    permit: PermitSchema.nullable(),
    livesWithApplicant: yesNo(),
  },
  { error: typeError("eligibility.errors.invalid") },
);

type UnknownRecord = Record<string, unknown>;
const isRecord = (value: unknown): value is UnknownRecord => typeof value === "object" && value !== null;
const realDate = (value: unknown): string | null =>
  typeof value === "string" && isIsoDate(value) ? value : null;

export const EligibilityInputSchema = z
  .object(
    {
      applicationDate: isoDate(),
      destination: z.object(
        { country: countryCode(), isHomeCountry: yesNo() },
        { error: typeError("eligibility.errors.invalid") },
      ),
      registeredInSweden: yesNo(),
      hasDebtsToCsnOrKronofogden: yesNo(),
      canPayOwnTravel: yesNo(),
      hadGrantBefore: yesNo(),
      travelCostSek: z
        .number({ error: typeError("eligibility.errors.travelCostNumber") })
        .min(0, { error: key("eligibility.errors.travelCostNegative") })
        .max(MAX_TRAVEL_COST_SEK, { error: key("eligibility.errors.travelCostTooHigh") }),
      members: z
        .array(HouseholdMemberSchema, { error: typeError("eligibility.errors.membersMin") })
        .min(1, { error: key("eligibility.errors.membersMin") })
        .max(MAX_MEMBERS, { error: key("eligibility.errors.membersMax") })
        .refine(
          (members) => members.filter((member) => member.role === "APPLICANT").length === 1,
          {
            error: key("eligibility.errors.oneApplicant"),
            // Runs even when some member has another error, so every problem is listed at once.
            when: ({ value }) => Array.isArray(value) && value.length > 0,
          },
        ),
    },
    { error: typeError("eligibility.errors.invalid") },
  )
  .superRefine(
    (input, ctx) => {
      // `when` lets this run while other fields are still wrong, so the values are read as
      // unknown and each comparison needs both of its dates to be real.
      const raw: unknown = input;
      if (!isRecord(raw) || !Array.isArray(raw.members)) return;
      const applicationDate = realDate(raw.applicationDate);
      raw.members.forEach((member: unknown, index) => {
        if (!isRecord(member)) return;
        const birthDate = realDate(member.birthDate);
        const grantedOn = isRecord(member.permit) ? realDate(member.permit.grantedOn) : null;
        if (applicationDate && birthDate && birthDate > applicationDate) {
          ctx.addIssue({
            code: "custom",
            message: key("eligibility.errors.birthDateAfterApplication"),
            path: ["members", index, "birthDate"],
          });
        }
        if (applicationDate && grantedOn && grantedOn > applicationDate) {
          ctx.addIssue({
            code: "custom",
            message: key("eligibility.errors.permitGrantedAfterApplication"),
            path: ["members", index, "permit", "grantedOn"],
          });
        }
        if (birthDate && grantedOn && grantedOn < birthDate) {
          ctx.addIssue({
            code: "custom",
            message: key("eligibility.errors.permitGrantedBeforeBirth"),
            path: ["members", index, "permit", "grantedOn"],
          });
        }
      });
    },
    { when: ({ value }) => isRecord(value) },
  );

export type EligibilityInput = z.infer<typeof EligibilityInputSchema>;

export type EligibilityIssue = {
  path: (string | number)[];
  /** Dotted path for form fields, e.g. "members.0.birthDate"; "" for the whole input. */
  field: string;
  key: EligibilityErrorKey;
  message: string;
};

export function isEligibilityErrorKey(value: string): value is EligibilityErrorKey {
  return Object.hasOwn(ELIGIBILITY_ERROR_MESSAGES, value);
}

/** Every problem in `error`, in the caller's language; zod's own texts never leak out. */
export function eligibilityIssues(error: z.ZodError, language: "sv" | "en"): EligibilityIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
    const issueKey = isEligibilityErrorKey(issue.message) ? issue.message : key("eligibility.errors.invalid");
    return { path, field: path.join("."), key: issueKey, message: ELIGIBILITY_ERROR_MESSAGES[issueKey][language] };
  });
}

export type EligibilityParseResult =
  | { success: true; data: EngineInput }
  | { success: false; issues: EligibilityIssue[] };

/** Parses untrusted input into what checkEligibility takes, or lists every problem. */
export function parseEligibilityInput(data: unknown, language: "sv" | "en"): EligibilityParseResult {
  const result = EligibilityInputSchema.safeParse(data);
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: eligibilityIssues(result.error, language) };
}
