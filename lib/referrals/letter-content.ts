// What a referral letter says, and above all what it leaves out. Pure: the
// data layer reads the few fields named in LetterSource and nothing else, and
// this module decides, per referral type and receiver, which of them the
// receiver needs (data minimisation, GDPR art. 5.1 c). Counselling notes,
// sessions, health, debts, contact details, addresses and the adviser's own
// notes on the referral never reach the letter: they are not in the source.
//
// Per type (✓ = in the letter):
//                              grant  reestablishment  reintegration  information  other
//   case number, name            ✓          ✓                ✓              ✓          ✓
//   birth date                   ✓          ✓                ✓              –          ✓
//   identity number (authority)  ✓          ✓                –              –          –
//   household (lives with them)  ✓          –                –              –          –
//   destination country          ✓          ✓                ✓              –          –
//   adviser and office contact, consent date: always.
import type { HouseholdRelation, OrganisationKind, ReferralType } from "@/lib/generated/prisma/enums";
import { countryName } from "@/lib/countries";
import { formatIdentityNumber } from "@/lib/identity-number";

export const LETTER_LANGUAGES = ["sv", "en"] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

export function isLetterLanguage(value: unknown): value is LetterLanguage {
  return value === "sv" || value === "en";
}

/** Everything the letter may draw on. The data layer selects exactly these fields. */
export type LetterSource = {
  today: string;
  referral: { type: ReferralType; consentGivenOn: string };
  organisation: { name: string; kind: OrganisationKind; country: string; address: string | null };
  person: {
    caseNumber: string;
    firstName: string;
    lastName: string;
    birthDate: string;
    identityNumber: string | null;
    destinationCountry: string | null;
  };
  household: { relation: HouseholdRelation; firstName: string; lastName: string; birthDate: string; livesWithApplicant: boolean }[];
  adviser: { name: string; email: string; teamName: string };
};

export type LetterField = "birthDate" | "identityNumber" | "household" | "destinationCountry";

const FIELDS_BY_TYPE: Record<ReferralType, readonly LetterField[]> = {
  RETURN_GRANT_APPLICATION: ["birthDate", "identityNumber", "household", "destinationCountry"],
  REESTABLISHMENT_SUPPORT: ["birthDate", "identityNumber", "destinationCountry"],
  REINTEGRATION_PROGRAMME: ["birthDate", "destinationCountry"],
  INFORMATION_ONLY: [],
  OTHER: ["birthDate"],
};

/**
 * The optional fields a receiver gets for a referral type. The identity
 * number goes only to an authority (which files by it); an international
 * organisation or a partner abroad has no use for a Swedish personnummer.
 */
export function letterFields(type: ReferralType, receiverKind: OrganisationKind): ReadonlySet<LetterField> {
  const fields = new Set(FIELDS_BY_TYPE[type]);
  if (receiverKind !== "AUTHORITY") fields.delete("identityNumber");
  return fields;
}

export type LetterBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "fields"; rows: [label: string, value: string][] }
  | { kind: "table"; columns: string[]; rows: string[][] };

export type LetterContent = {
  language: LetterLanguage;
  /** The document title, also the PDF's metadata title: no personal data in it. */
  title: string;
  blocks: LetterBlock[];
  footer: string;
  /** "Sida 1 av 2". */
  pageLabel: (page: number, pages: number) => string;
  /** Said at the end when a name had to be simplified for the PDF's font. */
  simplifiedNote: string;
};

type Texts = {
  title: string;
  types: Record<ReferralType, string>;
  relations: Record<HouseholdRelation, string>;
  office: string;
  to: string;
  date: string;
  ourReference: string;
  subject: string;
  intro: (organisation: string) => string;
  person: string;
  name: string;
  birthDate: string;
  identityNumber: string;
  household: string;
  relation: string;
  destination: string;
  destinationCountry: string;
  notGiven: string;
  consent: string;
  consentText: (date: string, organisation: string) => string;
  contact: string;
  adviser: string;
  unit: string;
  email: string;
  replyText: (caseNumber: string) => string;
  footer: string;
  pageLabel: (page: number, pages: number) => string;
  simplifiedNote: string;
};

const TEXTS: Record<LetterLanguage, Texts> = {
  sv: {
    title: "Remiss",
    types: {
      RETURN_GRANT_APPLICATION: "Ansökan om återvandringsbidrag (SFS 1984:890)",
      REESTABLISHMENT_SUPPORT: "Återetableringsstöd",
      REINTEGRATION_PROGRAMME: "Återintegreringsprogram",
      INFORMATION_ONLY: "Information",
      OTHER: "Övrigt",
    },
    relations: { SPOUSE: "Make/maka/sambo", CHILD: "Barn", OTHER: "Annan anhörig" },
    office: "Återvandringskontoret",
    to: "Till",
    date: "Datum",
    ourReference: "Vårt diarienummer",
    subject: "Ärende",
    intro: (organisation) => `Återvandringskontoret remitterar härmed nedanstående person till ${organisation}.`,
    person: "Person",
    name: "Namn",
    birthDate: "Födelsedatum",
    identityNumber: "Person- eller samordningsnummer",
    household: "Familjemedlemmar som omfattas",
    relation: "Relation",
    destination: "Planerad bosättning",
    destinationCountry: "Land",
    notGiven: "Ej angivet",
    consent: "Samtycke",
    consentText: (date, organisation) =>
      `Personen samtyckte den ${date} till att uppgifterna i denna remiss lämnas till ${organisation}. Remissen innehåller bara de uppgifter som behövs för ärendet.`,
    contact: "Kontakt",
    adviser: "Handläggare",
    unit: "Enhet",
    email: "E-post",
    replyText: (caseNumber) => `Ange vårt diarienummer ${caseNumber} och ert eget diarienummer när ni svarar.`,
    footer: "Handlingen innehåller personuppgifter som kan omfattas av sekretess (26 kap. 1 § offentlighets- och sekretesslagen).",
    pageLabel: (page, pages) => `Sida ${page} av ${pages}`,
    simplifiedNote: "Obs: några tecken i namnen kan inte återges i denna utskrift och har förenklats. Kontakta handläggaren för den exakta stavningen.",
  },
  en: {
    title: "Referral",
    types: {
      RETURN_GRANT_APPLICATION: "Application for a repatriation grant (SFS 1984:890)",
      REESTABLISHMENT_SUPPORT: "Re-establishment support",
      REINTEGRATION_PROGRAMME: "Reintegration programme",
      INFORMATION_ONLY: "Information",
      OTHER: "Other",
    },
    relations: { SPOUSE: "Spouse or partner", CHILD: "Child", OTHER: "Other relative" },
    office: "The Voluntary Return Office (Återvandringskontoret)",
    to: "To",
    date: "Date",
    ourReference: "Our case number",
    subject: "Subject",
    intro: (organisation) => `The Voluntary Return Office hereby refers the person below to ${organisation}.`,
    person: "Person",
    name: "Name",
    birthDate: "Date of birth",
    identityNumber: "Swedish personal or coordination number",
    household: "Family members included",
    relation: "Relation",
    destination: "Planned settlement",
    destinationCountry: "Country",
    notGiven: "Not given",
    consent: "Consent",
    consentText: (date, organisation) =>
      `On ${date} the person consented to the information in this referral being given to ${organisation}. The referral contains only the information the matter requires.`,
    contact: "Contact",
    adviser: "Adviser",
    unit: "Unit",
    email: "Email",
    replyText: (caseNumber) => `Please quote our case number ${caseNumber} and your own reference when you reply.`,
    footer: "This document contains personal data that may be subject to secrecy (Chapter 26, Section 1 of the Swedish Public Access to Information and Secrecy Act).",
    pageLabel: (page, pages) => `Page ${page} of ${pages}`,
    simplifiedNote: "Note: some characters in the names cannot be shown in this printout and have been simplified. Contact the adviser for the exact spelling.",
  },
};

/** The letter's text, block by block, for the PDF renderer. */
export function buildLetterContent(source: LetterSource, language: LetterLanguage): LetterContent {
  const t = TEXTS[language];
  const fields = letterFields(source.referral.type, source.organisation.kind);
  const { person, organisation } = source;
  const fullName = `${person.firstName} ${person.lastName}`;

  const recipient = [organisation.name, ...(organisation.address ? [organisation.address] : [])].join(", ");
  const blocks: LetterBlock[] = [
    {
      kind: "fields",
      rows: [
        [t.to, recipient],
        [t.date, source.today],
        [t.ourReference, person.caseNumber],
        [t.subject, t.types[source.referral.type]],
      ],
    },
    { kind: "paragraph", text: t.intro(organisation.name) },
    { kind: "heading", text: t.person },
  ];

  const personRows: [string, string][] = [[t.name, fullName]];
  if (fields.has("birthDate")) personRows.push([t.birthDate, person.birthDate]);
  if (fields.has("identityNumber")) personRows.push([t.identityNumber, person.identityNumber ? formatIdentityNumber(person.identityNumber) : t.notGiven]);
  blocks.push({ kind: "fields", rows: personRows });

  if (fields.has("household")) {
    const members = source.household.filter((member) => member.livesWithApplicant);
    if (members.length > 0) {
      blocks.push(
        { kind: "heading", text: t.household },
        {
          kind: "table",
          columns: [t.name, t.birthDate, t.relation],
          rows: members.map((member) => [`${member.firstName} ${member.lastName}`, member.birthDate, t.relations[member.relation]]),
        },
      );
    }
  }

  if (fields.has("destinationCountry")) {
    blocks.push(
      { kind: "heading", text: t.destination },
      { kind: "fields", rows: [[t.destinationCountry, person.destinationCountry ? countryName(person.destinationCountry, language) : t.notGiven]] },
    );
  }

  blocks.push(
    { kind: "heading", text: t.consent },
    { kind: "paragraph", text: t.consentText(source.referral.consentGivenOn, organisation.name) },
    { kind: "heading", text: t.contact },
    {
      kind: "fields",
      rows: [
        [t.adviser, source.adviser.name],
        // A team named like the office itself is not repeated.
        [t.unit, t.office.includes(source.adviser.teamName) ? t.office : `${t.office}, ${source.adviser.teamName}`],
        [t.email, source.adviser.email],
      ],
    },
    { kind: "paragraph", text: t.replyText(person.caseNumber) },
  );

  return {
    language,
    title: `${t.title}: ${t.types[source.referral.type]}`,
    blocks,
    footer: t.footer,
    pageLabel: t.pageLabel,
    simplifiedNote: t.simplifiedNote,
  };
}

/** The letter as plain text, one line per row: what the tests read, and a fair picture of what the PDF says. */
export function letterPlainText(content: LetterContent): string {
  const lines: string[] = [content.title];
  for (const block of content.blocks) {
    if (block.kind === "heading" || block.kind === "paragraph") lines.push(block.text);
    else if (block.kind === "fields") lines.push(...block.rows.map(([label, value]) => `${label}: ${value}`));
    else lines.push(block.columns.join(" | "), ...block.rows.map((row) => row.join(" | ")));
  }
  lines.push(content.footer);
  return lines.join("\n");
}
