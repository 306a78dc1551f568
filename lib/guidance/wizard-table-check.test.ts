import { describe, expect, it } from "vitest";
import { PERMIT_GROUNDS } from "@/lib/eligibility";
import { assertWizardTable, checkWizardTable } from "./wizard-table-check";
import { OUTCOMES, OUTCOME_CODES, QUESTIONS, QUESTION_IDS, WIZARD_TABLE, type WizardTable } from "./wizard-table";
import { WIZARD_CATALOGUES } from "./wizard-texts";

/** The real table with one part changed. */
function tableWith(change: Partial<WizardTable>): WizardTable {
  return { ...WIZARD_TABLE, ...change };
}

/** The real catalogues with one text taken out of one language. */
function cataloguesWithout(language: "sv" | "en", section: string, key: string) {
  const copy = structuredClone(WIZARD_CATALOGUES) as unknown as Record<string, { guidanceWizardContent: Record<string, Record<string, unknown>> }>;
  delete copy[language]!.guidanceWizardContent[section]![key];
  return copy;
}

describe("the wizard's table", () => {
  it("is sound: every answer leads somewhere real, everything is reachable, no cycles, every text in both languages", () => {
    expect(checkWizardTable()).toEqual([]);
    expect(() => assertWizardTable()).not.toThrow();
  });

  it("has a row for every question and outcome, and asks about every permit ground the engine knows", () => {
    expect(Object.keys(QUESTIONS).sort()).toEqual([...QUESTION_IDS].sort());
    expect(Object.keys(OUTCOMES).sort()).toEqual([...OUTCOME_CODES].sort());
    expect(Object.keys(QUESTIONS.ground.answers).sort()).toEqual([...PERMIT_GROUNDS, "UNKNOWN"].sort());
  });
});

describe("checkWizardTable", () => {
  it("finds an answer that leads to a question or outcome that does not exist", () => {
    const problems = checkWizardTable(
      tableWith({ questions: { ...QUESTIONS, permit: { answers: { YES: { question: "gorund" as never }, NO: { outcome: "NOPE" as never } } } } }),
    );
    expect(problems).toContain('Answer YES to question "permit" leads to question "gorund", which does not exist.');
    expect(problems).toContain('Answer NO to question "permit" leads to outcome "NOPE", which does not exist.');
  });

  it("finds questions and outcomes nothing leads to", () => {
    const problems = checkWizardTable(tableWith({ questions: { ...QUESTIONS, citizen: { answers: { YES: { outcome: "SWEDISH_CITIZEN" }, NO: { outcome: "NO_PERMIT" } } } } }));
    expect(problems).toContain('Question "permit" cannot be reached.');
    expect(problems).toContain('Question "destination" cannot be reached.');
    expect(problems).toContain('Outcome "GRANT_MAY_APPLY" cannot be reached.');
    expect(problems).not.toContain('Outcome "NO_PERMIT" cannot be reached.');
  });

  it("finds a walk that goes round in a circle", () => {
    const problems = checkWizardTable(
      tableWith({ questions: { ...QUESTIONS, asylum: { answers: { PENDING: { question: "citizen" }, NEVER: { outcome: "NO_PERMIT" } } } } }),
    );
    expect(problems).toContain("The questions go round in a circle: citizen → permit → asylum → citizen.");
  });

  it("finds a text missing from one catalogue", () => {
    expect(checkWizardTable(WIZARD_TABLE, cataloguesWithout("en", "say", "voluntary"))).toEqual([
      "The en catalogue has no text at guidanceWizardContent.say.voluntary.",
    ]);
    expect(checkWizardTable(WIZARD_TABLE, cataloguesWithout("sv", "outcomes", "NO_PERMIT"))).toEqual([
      "The sv catalogue has no text at guidanceWizardContent.outcomes.NO_PERMIT.title.",
    ]);
  });

  it("asks for what to find out wherever \"don't know\" is an answer", () => {
    const problems = checkWizardTable(WIZARD_TABLE, cataloguesWithout("sv", "questions", "registered"));
    expect(problems).toContain("The sv catalogue has no text at guidanceWizardContent.questions.registered.ifUnknown.");
  });

  it("finds a skippable question with nowhere to skip to, and verdicts that may not fit", () => {
    const permanent = { ...QUESTIONS.permanent, otherwise: undefined };
    const problems = checkWizardTable(tableWith({ questions: { ...QUESTIONS, permanent }, verdicts: WIZARD_TABLE.verdicts.slice(0, 2) }));
    expect(problems).toContain('Question "permanent" needs both askWhen and otherwise, or neither.');
    expect(problems).toContain("The last verdict must fit any answers that do not rule the grant out.");
    expect(problems).toContain('A verdict with blockedBy "ANY" must fit any answers that rule the grant out.');
  });

  it("refuses, at load, a table that is not sound, naming each problem", () => {
    expect(() => assertWizardTable(tableWith({ first: "start" }))).toThrow(/not sound:\n- The first question "start" does not exist\./);
  });
});
