import { describe, expect, it } from "vitest";
import { checkEligibility } from "@/lib/eligibility";
import { GUIDANCE_ARTICLES } from "@/lib/seed/guidance";
import {
  OUTCOME_CODES,
  QUESTION_IDS,
  answersFrom,
  eligibilityInputFor,
  queryFor,
  resolveWizard,
  ruleSetOn,
  type Answers,
  type OutcomeCode,
  type WizardOutcome,
  type WizardState,
} from "./wizard";
import { ARTICLE } from "./slugs";

const TODAY = "2026-11-23"; // rules from 2026-01-01
const OLD_RULES_DAY = "2025-06-01"; // rules until 2025-12-31

function outcomeOf(answers: Answers, today = TODAY): WizardOutcome {
  const state = resolveWizard(answers, today);
  if (state.current.kind !== "outcome") throw new Error(`stopped at question ${state.current.question.id}`);
  return state.current.outcome;
}

const sv = (texts: { sv: string }[]) => texts.map((text) => text.sv).join("\n");

/** Every way through the questions: each leaf with the answers that lead there. */
function allPaths(today: string): { answers: Answers; state: WizardState }[] {
  const leaves: { answers: Answers; state: WizardState }[] = [];
  const walk = (answers: Answers) => {
    const state = resolveWizard(answers, today);
    if (state.current.kind === "outcome") {
      leaves.push({ answers, state });
      return;
    }
    for (const option of state.current.question.options) walk({ ...answers, [state.current.question.id]: option.value });
  };
  walk({});
  return leaves;
}

const NOT_CITIZEN = { citizen: "NO", permit: "YES" } as const;

describe("the asylum-rejected person", () => {
  it("is sent to återetableringsstöd through Migrationsverket's reception officer, as the engine says", () => {
    const answers = { citizen: "NO", permit: "NO", asylum: "REJECTED_OR_WITHDRAWN" };
    const outcome = outcomeOf(answers);
    expect(outcome.code).toBe("REESTABLISHMENT_SUPPORT");
    expect(outcome.referTo[0]!.organisation.sv).toBe("Migrationsverket, mottagningen");
    expect(outcome.referTo[0]!.route.sv).toMatch(/mottagningshandläggare/);
    expect(sv(outcome.say)).toMatch(/återetableringsstöd/);
    expect(sv(outcome.say)).toMatch(/inte få återvandringsbidrag/);
    expect(outcome.say.map((text) => text.en).join("\n")).toMatch(/EUR 3,000/);
    expect(outcome.articleSlugs[0]).toBe(ARTICLE.reestablishment);
    expect(outcome.articleSlugs).toContain(ARTICLE.terminology);
    // The engine's own verdict: no permit, so no grant, with återetableringsstöd as the alternative.
    const result = checkEligibility(eligibilityInputFor(answers, TODAY, ruleSetOn(TODAY)));
    expect(result.outcome).toBe("NOT_ELIGIBLE");
    expect(result.alternatives.map((a) => a.code)).toContain("ATERETABLERINGSSTOD");
    expect(outcome.notes.map((n) => n.code)).toEqual(["NO_PERMIT"]);
    expect(outcome.notes[0]!.citation).toMatch(/SFS 1984:890/);
  });

  it("takes three questions, each in the URL, and never asks for anything personal", () => {
    const state = resolveWizard({ citizen: "NO", permit: "NO", asylum: "REJECTED_OR_WITHDRAWN" }, TODAY);
    expect(state.path.map((step) => step.question.id)).toEqual(["citizen", "permit", "asylum"]);
    expect(queryFor(state.path)).toBe("citizen=NO&permit=NO&asylum=REJECTED_OR_WITHDRAWN");
    expect(queryFor(state.path, 2)).toBe("citizen=NO&permit=NO");
  });
});

describe("other outcomes", () => {
  it("a Swedish citizen: no state grant, information only", () => {
    const outcome = outcomeOf({ citizen: "YES" });
    expect(outcome.code).toBe("SWEDISH_CITIZEN");
    expect(outcome.notes.map((n) => n.code)).toEqual(["SWEDISH_CITIZEN"]);
    expect(outcome.referTo[0]!.organisation.sv).toMatch(/Återvandringskontoret/);
    expect(sv(outcome.say)).toMatch(/inga bidrag/);
  });

  it("asylum pending and never applied: no grant, to Migrationsverket", () => {
    expect(outcomeOf({ citizen: "NO", permit: "NO", asylum: "PENDING" })).toMatchObject({ code: "ASYLUM_PENDING", referTo: [{ organisation: { sv: "Migrationsverket, mottagningen" } }] });
    expect(outcomeOf({ citizen: "NO", permit: "NO", asylum: "NEVER" })).toMatchObject({ code: "NO_PERMIT", referTo: [{ organisation: { sv: "Migrationsverket" } }] });
  });

  it("a Temporary Protection Directive permit is not eligible, by the engine, without further questions", () => {
    const state = resolveWizard({ ...NOT_CITIZEN, ground: "TEMPORARY_PROTECTION_DIRECTIVE" }, TODAY);
    expect(state.current.kind).toBe("outcome");
    const outcome = outcomeOf({ ...NOT_CITIZEN, ground: "TEMPORARY_PROTECTION_DIRECTIVE" });
    expect(outcome.code).toBe("TEMPORARY_PROTECTION");
    expect(outcome.eligibility?.outcome).toBe("NOT_ELIGIBLE");
    expect(outcome.notes.map((n) => n.code)).toEqual(["TEMPORARY_PROTECTION_DIRECTIVE"]);
  });

  it.each(["WORK", "STUDIES", "OTHER"])("a permit for %s does not qualify", (ground) => {
    const outcome = outcomeOf({ ...NOT_CITIZEN, ground });
    expect(outcome.code).toBe("GROUND_NOT_QUALIFYING");
    expect(outcome.notes.map((n) => n.code)).toEqual(["GROUND_NOT_QUALIFYING"]);
  });

  it("family ties: depends on the main applicant, with the rules' conditions", () => {
    const outcome = outcomeOf({ ...NOT_CITIZEN, ground: "FAMILY_TIES" });
    expect(outcome.code).toBe("FAMILY_MEMBER");
    expect(sv(outcome.say)).toMatch(/12 september 2024/);
    expect(sv(outcome.say)).toMatch(/bo tillsammans/);
    const old = outcomeOf({ ...NOT_CITIZEN, ground: "FAMILY_TIES" }, OLD_RULES_DAY);
    expect(sv(old.say)).not.toMatch(/2024|bo tillsammans/);
  });

  it("an unknown ground: find out, with the office", () => {
    const outcome = outcomeOf({ ...NOT_CITIZEN, ground: "UNKNOWN" });
    expect(outcome.code).toBe("CHECK_WITH_OFFICE");
    expect(sv(outcome.say)).toMatch(/vilken grund/);
  });
});

describe("the 2026 return grant", () => {
  const REFUGEE = { ...NOT_CITIZEN, ground: "REFUGEE" };

  it("asks date, registration and destination for a refugee, then says the grant may apply", () => {
    const state = resolveWizard({ ...REFUGEE, grantedBy: "YES", registered: "YES", destination: "HOME_COUNTRY" }, TODAY);
    expect(state.path.map((s) => s.question.id)).toEqual(["citizen", "permit", "ground", "grantedBy", "registered", "destination"]);
    const outcome = outcomeOf({ ...REFUGEE, grantedBy: "YES", registered: "YES", destination: "HOME_COUNTRY" });
    expect(outcome.code).toBe("GRANT_MAY_APPLY");
    expect(outcome.eligibility).toMatchObject({ outcome: "ELIGIBLE", ruleSetTitle: { sv: expect.stringMatching(/fr\.o\.m\. 2026-01-01/) } });
    expect(outcome.referTo[0]!.organisation.sv).toBe("Migrationsverket");
    expect(sv(outcome.say)).toContain("350\u00a0000\u00a0kr per vuxen");
    expect(sv(outcome.say)).toContain("600\u00a0000\u00a0kr");
    expect(outcome.notes.map((n) => n.code)).toContain("REPAYMENT_ON_RETURN_REPORTED");
    expect(outcome.articleSlugs[0]).toBe(ARTICLE.grant2026);
  });

  it("the date question names the cut-off of the rules in force", () => {
    const state = resolveWizard(REFUGEE, TODAY);
    expect(state.current.kind === "question" && state.current.question.text.sv).toBe("Beviljades uppehållstillståndet senast den 12 september 2024?");
  });

  it("stops as soon as an answer rules the grant out", () => {
    const late = outcomeOf({ ...REFUGEE, grantedBy: "NO" });
    expect(late.code).toBe("GRANT_NOT_AVAILABLE");
    expect(late.notes.map((n) => n.code)).toEqual(["PERMIT_AFTER_CUTOFF"]);
    // The wizard never asked for a date, so its text names none but the cut-off.
    expect(late.notes[0]!.text.sv).toBe("Tillståndet beviljades efter 12 september 2024. Det måste ha beviljats senast det datumet.");
    expect(outcomeOf({ ...REFUGEE, grantedBy: "YES", registered: "NO" })).toMatchObject({ code: "GRANT_NOT_AVAILABLE", notes: [{ code: "NOT_REGISTERED" }] });
  });

  it("asks whether a permit under the school law or the 2016 law is permanent; a temporary one does not qualify", () => {
    for (const ground of ["UPPER_SECONDARY_SCHOOL_LAW", "TEMPORARY_LAW_2016"]) {
      const state = resolveWizard({ ...NOT_CITIZEN, ground }, TODAY);
      expect(state.current.kind === "question" && state.current.question.id).toBe("permanent");
      expect(outcomeOf({ ...NOT_CITIZEN, ground, permanent: "NO" })).toMatchObject({ code: "GRANT_NOT_AVAILABLE", notes: [{ code: "PERMIT_NOT_PERMANENT" }] });
      expect(outcomeOf({ ...NOT_CITIZEN, ground, permanent: "YES", grantedBy: "YES", registered: "YES", destination: "HOME_COUNTRY" }).code).toBe("GRANT_MAY_APPLY");
    }
  });

  it("unknown answers lead to the office with what to find out, unless another answer rules the grant out", () => {
    const outcome = outcomeOf({ ...REFUGEE, grantedBy: "UNKNOWN", registered: "UNKNOWN", destination: "HOME_COUNTRY" });
    expect(outcome.code).toBe("CHECK_WITH_OFFICE");
    expect(sv(outcome.say)).toMatch(/när tillståndet beviljades/);
    expect(sv(outcome.say)).toMatch(/folkbokförd/);
    expect(outcome.eligibility).toBeNull();
    expect(outcomeOf({ ...REFUGEE, grantedBy: "UNKNOWN", registered: "NO" }).code).toBe("GRANT_NOT_AVAILABLE");
  });

  it("another country: the permit is revoked after departure, and the unconfirmed EU/EEA rule is flagged", () => {
    const outcome = outcomeOf({ ...REFUGEE, grantedBy: "YES", registered: "YES", destination: "OTHER_COUNTRY" });
    expect(outcome.code).toBe("GRANT_MAY_APPLY");
    expect(sv(outcome.say)).toMatch(/återkallas efter utresan/);
    expect(sv(outcome.say)).toMatch(/EU\/EES och Schweiz/);
    // The engine's own texts would quote a country code nobody gave.
    expect(JSON.stringify(outcome)).not.toContain("ZZ");
  });

  it("an undecided person hears that return is voluntary", () => {
    const outcome = outcomeOf({ ...REFUGEE, grantedBy: "YES", registered: "YES", destination: "UNDECIDED" });
    expect(sv(outcome.say)).toMatch(/frivillig/);
  });
});

describe("the calculator", () => {
  it("is offered where a household's grant is worth working out, and nowhere else", () => {
    const offered = new Set<OutcomeCode>();
    for (const { state } of allPaths(TODAY)) {
      if (state.current.kind === "outcome" && state.current.outcome.offersCalculator) offered.add(state.current.outcome.code);
    }
    expect([...offered].sort()).toEqual(["FAMILY_MEMBER", "GRANT_MAY_APPLY"]);
  });
});

describe("the rules until 2025", () => {
  it("asks neither date nor registration, and gives the older amounts", () => {
    const state = resolveWizard({ ...NOT_CITIZEN, ground: "QUOTA_REFUGEE", destination: "HOME_COUNTRY" }, OLD_RULES_DAY);
    expect(state.path.map((s) => s.question.id)).toEqual(["citizen", "permit", "ground", "destination"]);
    const outcome = outcomeOf({ ...NOT_CITIZEN, ground: "QUOTA_REFUGEE", destination: "HOME_COUNTRY" }, OLD_RULES_DAY);
    expect(outcome.code).toBe("GRANT_MAY_APPLY");
    expect(sv(outcome.say)).toContain("10\u00a0000\u00a0kr per vuxen");
    expect(sv(outcome.say)).toContain("40\u00a0000\u00a0kr per familj, utöver resekostnaden");
    expect(outcome.articleSlugs[0]).toBe(ARTICLE.grantUntil2025);
  });

  it("a permit under the school law did not qualify then", () => {
    expect(outcomeOf({ ...NOT_CITIZEN, ground: "UPPER_SECONDARY_SCHOOL_LAW" }, OLD_RULES_DAY).code).toBe("GROUND_NOT_QUALIFYING");
  });
});

describe("every path", () => {
  const seeded = new Set(GUIDANCE_ARTICLES.map((article) => article.slug));

  it.each([TODAY, OLD_RULES_DAY])("ends in a complete outcome, on %s", (today) => {
    const leaves = allPaths(today);
    const reached = new Set<OutcomeCode>();
    for (const { answers, state } of leaves) {
      if (state.current.kind !== "outcome") throw new Error("unreachable");
      const outcome = state.current.outcome;
      reached.add(outcome.code);
      const where = JSON.stringify(answers);
      expect(outcome.referTo.length, where).toBeGreaterThan(0);
      expect(outcome.say.length, where).toBeGreaterThan(0);
      for (const text of [outcome.title, ...outcome.say, ...outcome.referTo.flatMap((r) => [r.organisation, r.route])]) {
        expect(text.sv.trim(), where).not.toBe("");
        expect(text.en.trim(), where).not.toBe("");
      }
      expect(outcome.articleSlugs.length, where).toBeGreaterThan(0);
      for (const slug of outcome.articleSlugs) expect(seeded.has(slug), `${slug} is seeded`).toBe(true);
      for (const note of outcome.notes) expect(note.citation, where).not.toBe("");
      // Only the questions' own options ever reach the URL.
      expect(Object.keys(Object.fromEntries(new URLSearchParams(queryFor(state.path))))).toEqual(state.path.map((s) => s.question.id));
    }
    // Under the 2026 rules every outcome can be reached.
    if (today === TODAY) expect([...reached].sort()).toEqual([...OUTCOME_CODES].sort());
    expect(leaves.length).toBeGreaterThan(20);
  });
});

describe("reading answers", () => {
  it("ignores unknown keys, values not among the options and answers off the path", () => {
    const answers = answersFrom({ citizen: "NO", permit: ["NO", "YES"], asylum: "MAYBE", name: "Amal", ground: "REFUGEE" });
    expect(answers).toEqual({ citizen: "NO", permit: "NO", asylum: "MAYBE", ground: "REFUGEE" });
    const state = resolveWizard(answers, TODAY);
    expect(state.path.map((s) => s.question.id)).toEqual(["citizen", "permit"]);
    expect(state.current).toMatchObject({ kind: "question", question: { id: "asylum" }, error: false });
  });

  it("flags the question when the form was sent without an answer", () => {
    expect(resolveWizard({ citizen: "NO" }, TODAY, "permit").current).toMatchObject({ kind: "question", question: { id: "permit" }, error: true });
    expect(resolveWizard({ citizen: "NO" }, TODAY, "citizen").current).toMatchObject({ question: { id: "permit" }, error: false });
  });

  it("drops overly long values", () => {
    expect(answersFrom({ citizen: "x".repeat(41) })).toEqual({});
  });

  it("has a text for every question in both languages", () => {
    for (const today of [TODAY, OLD_RULES_DAY]) {
      for (const { state } of allPaths(today)) {
        for (const step of state.path) {
          expect(step.question.text.sv && step.question.text.en).toBeTruthy();
          expect(QUESTION_IDS).toContain(step.question.id);
        }
      }
    }
  });
});
