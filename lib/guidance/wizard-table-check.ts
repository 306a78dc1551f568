import { WIZARD_TABLE, type Target, type WizardTable } from "./wizard-table";
import { WIZARD_CATALOGUES, WIZARD_NAMESPACE } from "./wizard-texts";

// The checks a table of questions and outcomes must pass before the wizard uses it, so that
// an editor's slip shows when the table loads (and in the unit test), not to a person:
// every answer leads to a question or an outcome that exists, every question and outcome
// can be reached, no walk goes round in a circle, and every text the table names exists,
// not empty, in both message catalogues.

type Catalogues = Record<string, unknown>;

function lookup(catalogue: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), catalogue);
}

function describe(target: Target): string {
  return "question" in target ? `question "${target.question}"` : "outcome" in target ? `outcome "${target.outcome}"` : "the verdict";
}

/** Every problem with the table, in words; none when it is sound. */
export function checkWizardTable(table: WizardTable = WIZARD_TABLE, catalogues: Catalogues = WIZARD_CATALOGUES): string[] {
  const problems: string[] = [];
  const verdictOutcomes = table.verdicts.map((row) => row.outcome);
  const ruledOutOutcomes = table.verdicts.filter((row) => row.blockedBy).map((row) => row.outcome);

  // Where a question leads: its answers, its `otherwise`, and the verdicts it may end at.
  const targetsOf = (id: string): Target[] => {
    const row = table.questions[id];
    if (!row) return [];
    const targets = [...Object.values(row.answers), ...(row.otherwise ? [row.otherwise] : [])];
    return [...targets, ...(row.endsWhenRuledOut ? ruledOutOutcomes.map((outcome) => ({ outcome }) as Target) : [])];
  };
  const exists = (target: Target) =>
    "question" in target ? target.question in table.questions : "outcome" in target ? target.outcome in table.outcomes : true;

  if (!(table.first in table.questions)) problems.push(`The first question "${table.first}" does not exist.`);
  for (const [id, row] of Object.entries(table.questions)) {
    if (Object.keys(row.answers).length === 0) problems.push(`Question "${id}" has no answers.`);
    for (const [answer, target] of Object.entries(row.answers)) {
      if (!exists(target)) problems.push(`Answer ${answer} to question "${id}" leads to ${describe(target)}, which does not exist.`);
    }
    if (Boolean(row.askWhen) !== Boolean(row.otherwise)) problems.push(`Question "${id}" needs both askWhen and otherwise, or neither.`);
    if (row.otherwise && !exists(row.otherwise)) problems.push(`Question "${id}" skips to ${describe(row.otherwise)}, which does not exist.`);
  }
  for (const outcome of verdictOutcomes) {
    if (!(outcome in table.outcomes)) problems.push(`A verdict leads to outcome "${outcome}", which does not exist.`);
  }
  const last = table.verdicts.at(-1);
  if (!last || last.blockedBy || last.answered) problems.push("The last verdict must fit any answers that do not rule the grant out.");
  if (!table.verdicts.some((row) => row.blockedBy === "ANY")) problems.push('A verdict with blockedBy "ANY" must fit any answers that rule the grant out.');

  // Reachable from the first question, and no way back to a question already on the walk.
  const reached = new Set<string>();
  const onWalk = new Set<string>();
  const visit = (id: string, trail: string[]) => {
    if (onWalk.has(id)) {
      problems.push(`The questions go round in a circle: ${[...trail, id].join(" → ")}.`);
      return;
    }
    if (reached.has(id) || !(id in table.questions)) return;
    reached.add(id);
    onWalk.add(id);
    for (const target of targetsOf(id)) {
      if ("question" in target) visit(target.question, [...trail, id]);
      else if ("outcome" in target) reached.add(`outcome:${target.outcome}`);
      else for (const outcome of verdictOutcomes) reached.add(`outcome:${outcome}`);
    }
    onWalk.delete(id);
  };
  visit(table.first, []);
  for (const id of Object.keys(table.questions)) if (!reached.has(id)) problems.push(`Question "${id}" cannot be reached.`);
  for (const code of Object.keys(table.outcomes)) if (!reached.has(`outcome:${code}`)) problems.push(`Outcome "${code}" cannot be reached.`);

  // Every text the table names, in every catalogue.
  const keys = new Set<string>();
  for (const [id, row] of Object.entries(table.questions)) {
    keys.add(`questions.${id}.text`);
    if ("UNKNOWN" in row.answers) keys.add(`questions.${id}.ifUnknown`);
    for (const answer of Object.keys(row.answers)) keys.add(`answers.${answer}.label`);
  }
  for (const [code, row] of Object.entries(table.outcomes)) {
    keys.add(`outcomes.${code}.title`);
    for (const line of row.say) if ("say" in line) keys.add(`say.${line.say}`);
    for (const id of row.referTo) {
      if (!(id in table.referrals)) problems.push(`Outcome "${code}" refers to "${id}", which is not among the referrals.`);
      keys.add(`referrals.${id}.organisation`).add(`referrals.${id}.route`);
    }
  }
  for (const [code, wording] of Object.entries(table.engineNoteWording)) if (wording === "own") keys.add(`engineNotes.${code}`);
  for (const [language, catalogue] of Object.entries(catalogues)) {
    for (const key of keys) {
      const text = lookup(catalogue, `${WIZARD_NAMESPACE}.${key}`);
      if (typeof text !== "string" || text.trim() === "") problems.push(`The ${language} catalogue has no text at ${WIZARD_NAMESPACE}.${key}.`);
    }
  }
  return problems;
}

/** Throws, naming every problem, when the table is not sound. */
export function assertWizardTable(table: WizardTable = WIZARD_TABLE, catalogues: Catalogues = WIZARD_CATALOGUES): void {
  const problems = checkWizardTable(table, catalogues);
  if (problems.length > 0) throw new Error(`The guidance wizard's table is not sound:\n- ${problems.join("\n- ")}`);
}
