// "Var ska personen vända sig?": a few questions for city staff that end in where to refer,
// what to say and which guidance to read. Pure: no I/O, no clock (today comes in), so pages,
// tests and a browser bundle can use it.
//
// The questions and outcomes are data (wizard-table.ts) with their words in the message
// catalogues (wizard-texts.ts); this module walks the table. Where the return grant is the
// question, the eligibility engine decides (wizard-engine.ts). Nothing is stored: the
// answers live only in the URL.
import { fallbackRuleSet, ruleSetFor, type EligibilityResult, type Outcome, type RuleSet } from "@/lib/eligibility";
import { ARTICLE, type ArticleSlug } from "./slugs";
import { checkAnswers, holds, notesOf, verdictOn, type Answers, type Note } from "./wizard-engine";
import { FIRST_QUESTION, OUTCOMES, QUESTIONS, QUESTION_IDS, REFERRALS, type OutcomeCode, type QuestionId, type QuestionRow, type SayLine, type Target } from "./wizard-table";
import { assertWizardTable } from "./wizard-table-check";
import { wizardTexts, type LocalizedText, type WizardTexts } from "./wizard-texts";

export { OUTCOME_CODES, QUESTION_IDS, type OutcomeCode, type QuestionId } from "./wizard-table";
export { eligibilityInputFor, type Answers, type Note } from "./wizard-engine";
export type { Language, LocalizedText } from "./wizard-texts";

export type Option = { value: string; label: LocalizedText; hint?: LocalizedText };
export type Question = { id: QuestionId; text: LocalizedText; hint?: LocalizedText; options: readonly Option[] };
export type Referral = { organisation: LocalizedText; route: LocalizedText; url?: string };

export type WizardOutcome = {
  code: OutcomeCode;
  title: LocalizedText;
  /** Where to refer, most important first. */
  referTo: Referral[];
  /** What to tell the person, one point each. */
  say: LocalizedText[];
  /** What the eligibility engine said, when it was asked. */
  notes: Note[];
  articleSlugs: ArticleSlug[];
  eligibility: null | { outcome: Outcome; ruleSetTitle: LocalizedText; citation: string };
  /** Whether to offer the grant calculator (to those allowed to use it). */
  offersCalculator: boolean;
};

export type WizardState = {
  /** The answers on the way here, in order; anything else in the input is dropped. */
  path: { question: Question; answer: Option }[];
  current: { kind: "question"; question: Question; error: boolean } | { kind: "outcome"; outcome: WizardOutcome };
  /** The grant rules in force on the day, which some questions depend on. */
  ruleSet: RuleSet;
};

// A table that leads nowhere, goes round in a circle or lacks a text fails here, at load,
// rather than in front of a person.
assertWizardTable();

/** The rules in force on the day (the newest that had started, if none is). */
export function ruleSetOn(today: string): RuleSet {
  return ruleSetFor(today) ?? fallbackRuleSet(today);
}

export function questionOf(id: QuestionId, ruleSet: RuleSet): Question {
  const texts = wizardTexts(ruleSet);
  const optional = (key: string) => (texts.has(key) ? texts.text(key) : undefined);
  return {
    id,
    text: texts.text(`questions.${id}.text`),
    hint: optional(`questions.${id}.hint`),
    options: Object.keys(QUESTIONS[id].answers).map((value) => ({
      value,
      label: texts.text(`answers.${value}.label`),
      hint: optional(`answers.${value}.hint`),
    })),
  };
}

/**
 * Follows the answers from the first question and stops at the first one
 * missing or not among the options (asked again, flagged when `asked` names
 * it: the form was sent without a choice), or at an outcome.
 */
export function resolveWizard(input: Answers, today: string, asked?: string): WizardState {
  const ruleSet = ruleSetOn(today);
  const answers: Answers = {};
  const path: WizardState["path"] = [];
  // The engine's judgement of the answers so far; answers only grow, so one per number of answers.
  const judged: EligibilityResult[] = [];
  const judge = () => (judged[path.length] ??= checkAnswers(answers, today, ruleSet));
  const outcome = (code: OutcomeCode): WizardState => ({ path, ruleSet, current: { kind: "outcome", outcome: outcomeFor(code, answers, judge(), ruleSet) } });
  let next: Target = { question: FIRST_QUESTION };
  // The table has no cycles (checked at load), so every walk ends.
  for (;;) {
    if ("verdict" in next) return outcome(verdictOn(judge(), answers).outcome);
    if ("outcome" in next) return outcome(next.outcome);
    const id: QuestionId = next.question;
    const row: QuestionRow = QUESTIONS[id];
    if (row.endsWhenRuledOut) {
      const verdict = verdictOn(judge(), answers);
      if (verdict.isRuledOut) return outcome(verdict.outcome);
    }
    if (row.askWhen && row.otherwise && !holds(row.askWhen, ruleSet, answers)) {
      next = row.otherwise;
      continue;
    }
    const question = questionOf(id, ruleSet);
    const answer: Option | undefined = question.options.find((option) => option.value === input[id]);
    if (!answer) return { path, ruleSet, current: { kind: "question", question, error: asked === id } };
    answers[id] = answer.value;
    path.push({ question, answer });
    next = row.answers[answer.value]!;
  }
}

/** An outcome as the table describes it, with what the engine said of the answers (`result`). */
function outcomeFor(code: OutcomeCode, answers: Answers, result: EligibilityResult, ruleSet: RuleSet): WizardOutcome {
  const row = OUTCOMES[code];
  const texts = wizardTexts(ruleSet);
  const blocking = notesOf(result, ["BLOCKS"], texts);
  const lines = (line: SayLine): LocalizedText[] => {
    if ("say" in line) return applies(line.when, answers, ruleSet) ? [texts.text(`say.${line.say}`)] : [];
    if (line.from === "blockingNotes") return blocking.map((note) => note.text);
    if (line.from === "alternatives") return result.alternatives.map((alternative) => alternative.text);
    return QUESTION_IDS.filter((id) => answers[id] === "UNKNOWN").map((id) => texts.text(`questions.${id}.ifUnknown`));
  };
  return {
    code,
    title: texts.text(`outcomes.${code}.title`),
    referTo: row.referTo.map((id) => referral(id, texts)),
    say: row.say.flatMap(lines),
    notes: notesOf(result, row.notes, texts),
    articleSlugs: row.articles.map((article) => (article === "GRANT_RULES_IN_FORCE" ? grantArticle(ruleSet) : article)),
    eligibility: row.showsVerdict ? { outcome: result.outcome, ruleSetTitle: { sv: ruleSet.title, en: ruleSet.titleEn }, citation: ruleSet.citation } : null,
    offersCalculator: row.offersCalculator,
  };
}

function applies(when: Extract<SayLine, { say: string }>["when"], answers: Answers, ruleSet: RuleSet): boolean {
  if (!when) return true;
  const answered = Object.entries(when.answers ?? {}).every(([id, value]) => answers[id as QuestionId] === value);
  return answered && (!when.rulesWarnEuEea || ruleSet.warnEuEeaDestination);
}

function referral(id: keyof typeof REFERRALS, texts: WizardTexts): Referral {
  const { url } = REFERRALS[id];
  return { organisation: texts.text(`referrals.${id}.organisation`), route: texts.text(`referrals.${id}.route`), ...(url ? { url } : {}) };
}

function grantArticle(ruleSet: RuleSet): ArticleSlug {
  return ruleSet.validTo === null ? ARTICLE.grant2026 : ARTICLE.grantUntil2025;
}

/** Reads the answers from a query string; unknown keys are ignored. */
export function answersFrom(params: Record<string, string | string[] | undefined>): Answers {
  const answers: Answers = {};
  for (const id of QUESTION_IDS) {
    const value = params[id];
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && first.length <= 40) answers[id] = first;
  }
  return answers;
}

/** The query string for a path of answers (the first `count` of them). */
export function queryFor(path: WizardState["path"], count = path.length): string {
  const params = new URLSearchParams();
  for (const step of path.slice(0, count)) params.set(step.question.id, step.answer.value);
  return params.toString();
}
