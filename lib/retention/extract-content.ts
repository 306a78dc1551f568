// A person's extract (registerutdrag) as data — the JSON in the ZIP is this,
// exactly — and as the blocks of its readable PDF (drawn by the referral
// letter's renderer, lib/referrals/letter-pdf.ts), where every stored code is
// shown by its name. Pure apart from reading the names: no database, no clock.
import { strToU8 } from "fflate";
import type { LetterBlock, LetterContent, LetterLanguage } from "@/lib/referrals/letter-content";
import { renderLetterPdf } from "@/lib/referrals/letter-pdf";
import { zipFiles } from "@/lib/retention/zip";
import { codeNamesIn, type CodeNames } from "@/lib/retention/code-names";
import { formatOfficeDateTime, formatOfficeDay } from "@/lib/dates";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json } | unknown;

export type PersonExtract = {
  madeAt: string;
  caseNumber: string;
  subject: "mainPerson" | "householdMember" | "wholeCase";
  identity: Record<string, Json>;
  household: { relation: string; firstName: string; lastName: string; birthDate: string }[];
  case: {
    status: string;
    outcome: string | null;
    openedAt: string;
    closedAt: string | null;
    adviser: string | null;
    statusChanges: { fromStatus: string | null; toStatus: string; effectiveOn: string; reason: string; outcome: string | null }[];
  };
  sessions: { startsAt: string; durationMinutes: number; mode: string; topics: string[]; interpreterLanguage: string | null; participants: string | null; notes: string | null }[];
  /** `about`: in the whole case's record, the household member an entry is about. */
  journal: { kind: string; about?: string | null; createdAt: string; signedAt: string | null; text: string; version: number; versions: { version: number; text: string; reason: string | null; createdAt: string }[] }[];
  plan: { kind: string; status: string; dueOn: string | null; note: string }[];
  referrals: {
    type: string;
    organisation: string;
    status: string;
    consentGivenOn: string | null;
    sentOn: string | null;
    decidedOn: string | null;
    decision: string | null;
    decisionAmountSek: number | null;
    agencyReference: string | null;
    note: string;
    events: { toStatus: string; occurredOn: string; note: string }[];
  }[];
  eligibilityChecks: { madeAt: string; applicationDate: string; ruleSetId: string; outcome: string; totalSek: number; input: Json }[];
  followUps: { monthsAfterReturn: number; dueOn: string; completedOn: string | null; scores: Record<string, number | null>; notes: string | null }[];
  documents: {
    fileName: string;
    mimeType: string;
    sizeBytes: number;
    sha256: string;
    description: string;
    addedAt: string;
    withdrawnAt: string | null;
    withdrawnReason: string | null;
    includedInZip: boolean;
  }[];
  access: { name: string | null; role: string | null; first: string; last: string; count: number }[];
};

const TEXTS = {
  sv: {
    title: "Registerutdrag",
    subtitle: (caseNumber: string) => `Ärende ${caseNumber}`,
    intro:
      "Detta är de uppgifter om dig som kommunens återvändarverksamhet behandlar (artikel 15 i dataskyddsförordningen). Samma uppgifter finns maskinläsbart i filen utdrag.json.",
    made: "Utdraget gjordes",
    identity: "Identitet",
    household: "Hushåll",
    case: "Ärendet",
    statusChanges: "Ärendets steg",
    sessions: "Samtal",
    journal: "Journalanteckningar",
    corrections: "Rättelse",
    draft: "Utkast (ej signerat)",
    plan: "Återvändandeplan",
    referrals: "Remisser och beslut",
    checks: "Bedömningar av rätt till stöd",
    followUps: "Uppföljningar",
    documents: "Handlingar",
    access: "Vem har öppnat ärendet",
    none: "Inga uppgifter.",
    columns: {
      date: "Datum",
      what: "Vad",
      detail: "Uppgift",
      who: "Vem",
      firstLast: "Första – senaste",
      times: "Gånger",
      file: "Fil",
      size: "Storlek",
    },
    filesIncluded: "Filerna finns i mappen handlingar/ i ZIP-filen.",
    filesNotIncluded: "Filerna ingår inte; de lämnas ut på begäran.",
    footer: "Registerutdrag enligt artikel 15 dataskyddsförordningen. Innehåller personuppgifter: förvara säkert.",
    page: (page: number, pages: number) => `Sida ${page} av ${pages}`,
    simplified: "Vissa tecken har förenklats i PDF-filen; utdrag.json innehåller dem oförändrade.",
    yes: "ja",
    no: "nej",
  },
  en: {
    title: "Records extract",
    subtitle: (caseNumber: string) => `Case ${caseNumber}`,
    intro:
      "This is the data about you that the municipality's return office processes (Article 15 GDPR). The same data is in the file utdrag.json, machine-readable.",
    made: "Extract made",
    identity: "Identity",
    household: "Household",
    case: "The case",
    statusChanges: "The case's steps",
    sessions: "Counselling sessions",
    journal: "Journal entries",
    corrections: "Correction",
    draft: "Draft (not signed)",
    plan: "Return plan",
    referrals: "Referrals and decisions",
    checks: "Eligibility checks",
    followUps: "Follow-ups",
    documents: "Documents",
    access: "Who has opened the case",
    none: "Nothing recorded.",
    columns: { date: "Date", what: "What", detail: "Detail", who: "Who", firstLast: "First – last", times: "Times", file: "File", size: "Size" },
    filesIncluded: "The files are in the folder handlingar/ in the ZIP file.",
    filesNotIncluded: "The files are not included; they are given on request.",
    footer: "Records extract under Article 15 GDPR. Contains personal data: keep it safe.",
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    simplified: "Some characters were simplified in the PDF; utdrag.json holds them unchanged.",
    yes: "yes",
    no: "no",
  },
} as const;

/** Field names of the identity, household and case sections as the reader sees them. */
const FIELD_LABELS: Record<LetterLanguage, Record<string, string>> = {
  sv: {
    firstName: "Förnamn", lastName: "Efternamn", birthDate: "Födelsedatum", gender: "Kön", identityNumber: "Personnummer", citizenships: "Medborgarskap",
    countryOfOrigin: "Ursprungsland", languages: "Språk", interpreterLanguage: "Tolkspråk", phone: "Telefon", email: "E-post", address: "Adress",
    isRegisteredInSweden: "Folkbokförd i Sverige", permitGround: "Grund för uppehållstillstånd", permitPermanent: "Permanent tillstånd",
    permitGrantedOn: "Tillstånd beviljat", permitExpiresOn: "Tillstånd upphör", asylumStatus: "Asylärende", destinationCountry: "Land att återvända till",
    relation: "Relation", livesWithApplicant: "Bor med den sökande", status: "Status", outcome: "Utfall", openedAt: "Öppnat", closedAt: "Avslutat",
    adviser: "Handläggare", sentOn: "Skickad", decision: "Beslut", agencyReference: "Mottagarens diarienummer", note: "Anteckning",
  },
  en: {
    firstName: "First name", lastName: "Last name", birthDate: "Date of birth", gender: "Gender", identityNumber: "Personal identity number", citizenships: "Citizenship",
    countryOfOrigin: "Country of origin", languages: "Languages", interpreterLanguage: "Interpreter language", phone: "Phone", email: "E-mail", address: "Address",
    isRegisteredInSweden: "Registered in Sweden", permitGround: "Residence permit ground", permitPermanent: "Permanent permit",
    permitGrantedOn: "Permit granted", permitExpiresOn: "Permit expires", asylumStatus: "Asylum case", destinationCountry: "Country of return",
    relation: "Relation", livesWithApplicant: "Lives with the applicant", status: "Status", outcome: "Outcome", openedAt: "Opened", closedAt: "Closed",
    adviser: "Adviser", sentOn: "Sent", decision: "Decision", agencyReference: "Receiver's reference", note: "Note",
  },
};

/** The office (Stockholm) day of an instant the JSON holds as an ISO string. */
const day = (iso: string | null) => (iso ? formatOfficeDay(new Date(iso)) : "–");
/** A stored value as the reader reads it; yes and no in the extract's language. */
const textIn = (language: LetterLanguage) => {
  const text = (value: Json): string => {
    if (value === null || value === undefined || value === "") return "–";
    if (Array.isArray(value)) return value.length ? value.map(text).join(", ") : "–";
    // Words, not ✓ or →: the PDF's standard font draws WinAnsi only.
    if (typeof value === "boolean") return value ? TEXTS[language].yes : TEXTS[language].no;
    return String(value);
  };
  return text;
};

/** Identity fields whose value is a code, and the vocabulary that names it. */
const CODED_FIELDS: Record<string, Parameters<CodeNames>[0]> = {
  relation: "relation",
  gender: "gender",
  permitGround: "permitGround",
  asylumStatus: "asylumStatus",
};

/** The readable extract's blocks, in Swedish or English, every stored code by its name (`names`). */
export function buildExtractContent(extract: PersonExtract, language: LetterLanguage, names: CodeNames): LetterContent {
  const t = TEXTS[language];
  const text = textIn(language);
  const label = (key: string) => FIELD_LABELS[language][key] ?? key;
  const blocks: LetterBlock[] = [];
  const section = (heading: string, body: LetterBlock[] | null) => {
    blocks.push({ kind: "heading", text: heading });
    blocks.push(...(body && body.length ? body : [{ kind: "paragraph" as const, text: t.none }]));
  };
  blocks.push({ kind: "paragraph", text: t.intro });
  blocks.push({ kind: "fields", rows: [[t.made, formatOfficeDateTime(new Date(extract.madeAt))]] });

  section(t.identity, [{ kind: "fields", rows: Object.entries(extract.identity).map(([key, value]) => [label(key), CODED_FIELDS[key] && typeof value === "string" ? names(CODED_FIELDS[key], value) : text(value)]) }]);
  section(
    t.household,
    extract.household.length ? [{ kind: "table", columns: [t.columns.who, t.columns.what, t.columns.date], rows: extract.household.map((m) => [`${m.firstName} ${m.lastName}`, names("relation", m.relation), m.birthDate]) }] : null,
  );
  section(t.case, [
    {
      kind: "fields",
      rows: [
        [label("status"), names("caseStatus", extract.case.status)],
        [label("outcome"), names("caseOutcome", extract.case.outcome)],
        [label("openedAt"), day(extract.case.openedAt)],
        [label("closedAt"), day(extract.case.closedAt)],
        [label("adviser"), text(extract.case.adviser)],
      ],
    },
  ]);
  section(
    t.statusChanges,
    extract.case.statusChanges.length
      ? [{ kind: "table", columns: [t.columns.what, t.columns.date, t.columns.detail], rows: extract.case.statusChanges.map((s) => [`${names("caseStatus", s.fromStatus)} - ${names("caseStatus", s.toStatus)}`, s.effectiveOn, s.reason]) }]
      : null,
  );
  section(
    t.sessions,
    extract.sessions.flatMap((s): LetterBlock[] => [
      { kind: "fields", rows: [[day(s.startsAt), `${names("sessionMode", s.mode)}, ${s.durationMinutes} min, ${s.topics.map((topic) => names("topic", topic)).join(", ") || "–"}`]] },
      ...(s.notes ? [{ kind: "paragraph" as const, text: s.notes }] : []),
    ]),
  );
  section(
    t.journal,
    extract.journal.flatMap((e): LetterBlock[] => [
      { kind: "fields", rows: [[day(e.createdAt), `${names("journalKind", e.kind)}${e.about ? ` (${e.about})` : ""}${e.signedAt ? "" : ` — ${t.draft}`}`]] },
      // The entry as first signed, then each correction with its reason: nothing is hidden.
      ...(e.versions.length
        ? e.versions.map((v) => ({
            kind: "paragraph" as const,
            text: v.version === 1 ? v.text : `${t.corrections} ${v.version} (${day(v.createdAt)}, ${text(v.reason)}): ${v.text}`,
          }))
        : [{ kind: "paragraph" as const, text: e.text }]),
    ]),
  );
  section(t.plan, extract.plan.length ? [{ kind: "table", columns: [t.columns.what, t.columns.detail, t.columns.date], rows: extract.plan.map((p) => [names("planStep", p.kind), `${names("planStepStatus", p.status)}${p.note ? ` — ${p.note}` : ""}`, day(p.dueOn)]) }] : null);
  section(
    t.referrals,
    extract.referrals.map((r): LetterBlock => ({
      kind: "fields",
      rows: [
        [names("referralType", r.type), `${r.organisation} — ${names("referralStatus", r.status)}`],
        [label("sentOn"), day(r.sentOn)],
        [label("decision"), r.decision ? `${names("referralDecision", r.decision)}, ${day(r.decidedOn)}${r.decisionAmountSek !== null ? `, ${r.decisionAmountSek} SEK` : ""}` : "–"],
        [label("agencyReference"), text(r.agencyReference)],
        ...(r.note ? [[label("note"), r.note] as [string, string]] : []),
      ],
    })),
  );
  section(
    t.checks,
    extract.eligibilityChecks.length
      ? [{ kind: "table", columns: [t.columns.date, t.columns.what, t.columns.detail], rows: extract.eligibilityChecks.map((c) => [day(c.madeAt), names("eligibilityOutcome", c.outcome), `${c.totalSek} SEK (${c.ruleSetId})`]) }]
      : null,
  );
  section(
    t.followUps,
    extract.followUps.length
      ? [
          {
            kind: "table",
            columns: [t.columns.what, t.columns.date, t.columns.detail],
            rows: extract.followUps.map((f) => [`${f.monthsAfterReturn} mån`, day(f.completedOn ?? f.dueOn), `${text(Object.values(f.scores))}${f.notes ? ` — ${f.notes}` : ""}`]),
          },
        ]
      : null,
  );
  section(
    t.documents,
    extract.documents.length
      ? [
          { kind: "table", columns: [t.columns.file, t.columns.date, t.columns.size], rows: extract.documents.map((d) => [d.fileName, day(d.addedAt), `${Math.ceil(d.sizeBytes / 1024)} kB`]) },
          { kind: "paragraph", text: extract.documents[0]!.includedInZip ? t.filesIncluded : t.filesNotIncluded },
        ]
      : null,
  );
  section(
    t.access,
    extract.access.length
      ? [{ kind: "table", columns: [t.columns.who, t.columns.firstLast, t.columns.times], rows: extract.access.map((a) => [`${text(a.name)} (${names("role", a.role)})`, `${day(a.first)} – ${day(a.last)}`, String(a.count)]) }]
      : null,
  );

  return {
    language,
    title: `${t.title}: ${t.subtitle(extract.caseNumber)}`,
    blocks,
    footer: t.footer,
    pageLabel: t.page,
    simplifiedNote: t.simplified,
  };
}

/** The ZIP handed to the person: the readable PDF, the same data as JSON, and the files when asked for. */
export async function buildExtractZip(extract: PersonExtract, files: { name: string; content: Uint8Array }[], language: LetterLanguage): Promise<Uint8Array> {
  const pdf = await renderLetterPdf(buildExtractContent(extract, language, await codeNamesIn(language)), { createdAt: new Date(extract.madeAt) });
  return zipFiles([
    { path: "utdrag.pdf", content: pdf },
    { path: "utdrag.json", content: strToU8(JSON.stringify(extract, null, 2)) },
    ...files.map((file) => ({ path: `handlingar/${file.name}`, content: file.content })),
  ]);
}
