import "server-only";
import { getDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, auditActor, createdChanges, diffFields, recordCaseAudit } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { writeOnOpenCase, auditCaseEntry, findCaseInScope, redactChanges, type CaseWriteRefusal } from "@/lib/data/casework-scope";
import { dbDateOrNull, isoOfDbDateOrNull } from "@/lib/dates";
import { isClientLanguage, needsReview } from "@/lib/client-material/languages";
import { kindOfSlug } from "@/lib/client-material/kinds";
import { recordDenial } from "@/lib/data/denials";
import type { ClientMaterialTextForm, GiveClientMaterialForm } from "@/lib/schemas/client-material";
import type { ClientMaterialKind, ConsentAnswer, ConsentRecipient } from "@/lib/vocabularies/client-material";

// The client information sheet and the consent form, one text per kind and
// language. Administrators edit them like guidance articles: a version
// number checked in the update, the replaced text kept as a revision, the
// save audited in the same transaction. Advisers give a text to the person
// on a case; the record names the text, language and version, when and by
// whom (förvaltningslagen 25 §), and for the consent form the answer.
// The texts hold no personal data, so reading them is not audited; what was
// given on a case is, like every read of a case.

type Tx = Prisma.TransactionClient;

const TEXT_SUMMARY = {
  id: true,
  kind: true,
  language: true,
  title: true,
  version: true,
  reviewedOn: true,
  reviewedBy: true,
  updatedAt: true,
} as const;

export type ClientMaterialSummary = {
  id: string;
  kind: ClientMaterialKind;
  language: string;
  title: string;
  version: number;
  reviewedOn: string | null;
  reviewedBy: string | null;
  /** A translation no translator has checked in this version (the Swedish source text never is one). */
  isUnreviewedTranslation: boolean;
  updatedAt: Date;
};

function toSummary(row: Prisma.ClientMaterialTextGetPayload<{ select: typeof TEXT_SUMMARY }>): ClientMaterialSummary {
  return {
    ...row,
    reviewedOn: isoOfDbDateOrNull(row.reviewedOn),
    isUnreviewedTranslation: needsReview(row.language) && row.reviewedOn === null,
  };
}

/** Every text in every language, for the administrator's list and the adviser's picker. */
export async function listClientMaterialTexts(): Promise<ClientMaterialSummary[]> {
  await authorize("clientMaterial.read");
  const rows = await getDb().clientMaterialText.findMany({ select: TEXT_SUMMARY, orderBy: [{ kind: "asc" }, { language: "asc" }] });
  return rows.map(toSummary);
}

export type ClientMaterialTextDetail = ClientMaterialSummary & { body: string };

const TEXT_DETAIL = { ...TEXT_SUMMARY, body: true } as const;

/** A text as an address names it (the kind's slug, a language code); null for a pair that names none. */
export async function findClientMaterialTextAt(address: Promise<{ kind: string; language: string }>): Promise<ClientMaterialTextDetail | null> {
  const { kind: slug, language } = await address;
  const kind = kindOfSlug(slug);
  if (!kind || !isClientLanguage(language)) return null;
  return getClientMaterialText(kind, language);
}

/** One text as it stands now, or null. */
export async function getClientMaterialText(kind: ClientMaterialKind, language: string): Promise<ClientMaterialTextDetail | null> {
  await authorize("clientMaterial.read");
  const row = await getDb().clientMaterialText.findUnique({ where: { kind_language: { kind, language } }, select: TEXT_DETAIL });
  return row ? { ...toSummary(row), body: row.body } : null;
}

export type ClientMaterialRevisionView = {
  version: number;
  title: string;
  reviewedOn: string | null;
  reviewedBy: string | null;
  editedByName: string | null;
  replacedAt: Date;
};

/** The earlier versions of a text, newest first, with who wrote each. */
export async function listClientMaterialRevisions(textId: string): Promise<ClientMaterialRevisionView[]> {
  await authorize("clientMaterial.edit");
  const db = getDb();
  const rows = await db.clientMaterialRevision.findMany({
    where: { textId },
    orderBy: { version: "desc" },
    select: { version: true, title: true, reviewedOn: true, reviewedBy: true, editedById: true, createdAt: true },
  });
  const editors = await db.user.findMany({ where: { id: { in: rows.flatMap((row) => row.editedById ?? []) } }, select: { id: true, name: true } });
  const nameOf = new Map(editors.map((editor) => [editor.id, editor.name]));
  return rows.map((row) => ({
    version: row.version,
    title: row.title,
    reviewedOn: isoOfDbDateOrNull(row.reviewedOn),
    reviewedBy: row.reviewedBy,
    editedByName: row.editedById ? (nameOf.get(row.editedById) ?? null) : null,
    replacedAt: row.createdAt,
  }));
}

/** Who saved a text's current version, from the audit trail (a seeded text has none). */
async function lastEditorId(db: Tx | Db, textId: string): Promise<string | null> {
  const event = await db.auditEvent.findFirst({
    where: { resourceType: "ClientMaterialText", resourceId: textId, action: "clientMaterial.update" },
    orderBy: { id: "desc" },
    select: { userId: true },
  });
  return event?.userId ?? null;
}

/** Who saved the current version and when: the name the editor page shows. */
export async function getClientMaterialLastEdit(textId: string): Promise<{ name: string | null; at: Date } | null> {
  await authorize("clientMaterial.edit");
  const event = await getDb().auditEvent.findFirst({
    where: { resourceType: "ClientMaterialText", resourceId: textId, action: "clientMaterial.update" },
    orderBy: { id: "desc" },
    select: { userEmail: true, at: true, userId: true },
  });
  if (!event) return null;
  const user = event.userId ? await getDb().user.findUnique({ where: { id: event.userId }, select: { name: true } }) : null;
  return { name: user?.name ?? event.userEmail, at: event.at };
}

export type UpdateClientMaterialResult = { ok: true; version: number } | { ok: false; error: "notFound" | "conflict" };

/**
 * Saves a text if nobody saved it since `input.version`; the text it replaces
 * is kept as a revision. A translator's review belongs to the words reviewed:
 * when the title or body changes and the review fields are left as they were,
 * the new version is not reviewed (the administrator enters a new review when
 * a translator checked the new words).
 */
export async function updateClientMaterialText(kind: ClientMaterialKind, language: string, input: ClientMaterialTextForm): Promise<UpdateClientMaterialResult> {
  const user = await authorize("clientMaterial.edit");
  return getDb().$transaction(async (tx) => {
    const found = await tx.clientMaterialText.findUnique({ where: { kind_language: { kind, language } }, select: TEXT_DETAIL });
    if (!found) return { ok: false, error: "notFound" } as const;
    if (found.version !== input.version) return { ok: false, error: "conflict" } as const;
    const before = { title: found.title, body: found.body, reviewedOn: isoOfDbDateOrNull(found.reviewedOn), reviewedBy: found.reviewedBy };
    const wordsChanged = before.title !== input.title || before.body !== input.body;
    const reviewKept = before.reviewedOn === input.reviewedOn && before.reviewedBy === input.reviewedBy;
    const after = {
      title: input.title,
      body: input.body,
      reviewedOn: wordsChanged && reviewKept ? null : input.reviewedOn,
      reviewedBy: wordsChanged && reviewKept ? null : input.reviewedBy,
    };
    const changes = diffFields(before, after);
    if (Object.keys(changes).length === 0) return { ok: true, version: found.version } as const;
    const { count } = await tx.clientMaterialText.updateMany({
      where: { id: found.id, version: input.version },
      data: { ...after, reviewedOn: dbDateOrNull(after.reviewedOn), version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, error: "conflict" } as const;
    await tx.clientMaterialRevision.create({
      data: {
        textId: found.id,
        version: found.version,
        title: found.title,
        body: found.body,
        reviewedOn: found.reviewedOn,
        reviewedBy: found.reviewedBy,
        editedById: await lastEditorId(tx, found.id),
      },
    });
    await recordAudit(tx, auditActor(user), {
      action: "clientMaterial.update",
      resourceType: "ClientMaterialText",
      resourceId: found.id,
      // The body's words are kept whole in the revisions; the trail says how long.
      changes: { ...redactChanges(changes, ["body"]), version: [found.version, found.version + 1] },
    });
    return { ok: true, version: found.version + 1 } as const;
  });
}

/** The words of one version of a text: the current one or a revision. Null when that version does not exist. */
async function textOfVersion(db: Db, textId: string, version: number) {
  const current = await db.clientMaterialText.findUnique({ where: { id: textId }, select: { version: true, title: true, body: true, reviewedOn: true, reviewedBy: true } });
  if (current?.version === version) return current;
  return db.clientMaterialRevision.findUnique({ where: { textId_version: { textId, version } }, select: { version: true, title: true, body: true, reviewedOn: true, reviewedBy: true } });
}

// ───────────────────────────── Given on a case ─────────────────────────────

export type GiveResult = { ok: true; givenId: string } | { ok: false; error: CaseWriteRefusal | "textMissing" };

/**
 * Records that the person on the case was given a text, in the version it
 * has now (the print view of the record shows that version, so what is
 * printed is what is recorded).
 */
export async function giveClientMaterial(caseId: string, input: GiveClientMaterialForm): Promise<GiveResult> {
  return writeOnOpenCase("clientMaterial.give", caseId, async (tx, user) => {
    const text = await tx.clientMaterialText.findUnique({
      where: { kind_language: { kind: input.kind, language: input.language } },
      select: { id: true, version: true, reviewedOn: true, language: true },
    });
    if (!text) return { ok: false, error: "textMissing" } as const;
    // What was given and answered, recorded on the case and in the trail alike.
    const record = {
      kind: input.kind,
      language: input.language,
      version: text.version,
      wasReviewed: !needsReview(text.language) || text.reviewedOn !== null,
      consent: input.consent,
      consentRecipients: input.recipients,
    };
    const given = await tx.clientMaterialGiven.create({
      data: { caseId, textId: text.id, ...record, givenAt: new Date(), givenById: user.id },
      select: { id: true },
    });
    await auditCaseEntry(tx, user, { action: "clientMaterial.give", resourceType: "ClientMaterialGiven", resourceId: given.id, caseId, changes: createdChanges(record) });
    return { ok: true, givenId: given.id } as const;
  });
}

const GIVEN_FIELDS = {
  id: true,
  kind: true,
  language: true,
  version: true,
  wasReviewed: true,
  givenAt: true,
  consent: true,
  consentRecipients: true,
  givenBy: { select: { name: true } },
} as const;

export type GivenMaterial = {
  id: string;
  kind: ClientMaterialKind;
  language: string;
  version: number;
  wasReviewed: boolean;
  givenAt: Date;
  consent: ConsentAnswer | null;
  consentRecipients: ConsentRecipient[];
  givenByName: string;
};

const toGiven = ({ givenBy, ...row }: Prisma.ClientMaterialGivenGetPayload<{ select: typeof GIVEN_FIELDS }>): GivenMaterial => ({ ...row, givenByName: givenBy.name });

/** What the person on the case has been given, newest first; null when the case is out of scope. */
export async function listGivenClientMaterial(caseId: string): Promise<{ isOpen: boolean; given: GivenMaterial[] } | null> {
  const user = await authorize("clientMaterial.give");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId, { select: { id: true, status: true } });
  if (!found) return null;
  const rows = await db.clientMaterialGiven.findMany({ where: { caseId }, select: GIVEN_FIELDS, orderBy: [{ givenAt: "desc" }, { id: "desc" }], take: 500 });
  await recordCaseAudit(db, user, caseId, { action: "clientMaterial.list" });
  return { isOpen: found.status !== "CLOSED", given: rows.map(toGiven) };
}

/**
 * A given text for printing: the record, the words of the version given, and
 * the person's name for the consent form. Null when missing or out of scope.
 */
export async function getGivenClientMaterialForPrint(caseId: string, givenId: string) {
  const user = await authorize("clientMaterial.give");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId, { select: { id: true, caseNumber: true, firstName: true, lastName: true } });
  if (!found) return null;
  const row = await db.clientMaterialGiven.findFirst({ where: { id: givenId, caseId }, select: { ...GIVEN_FIELDS, textId: true } });
  if (!row) return null;
  const text = await textOfVersion(db, row.textId, row.version);
  if (!text) return null;
  await recordAudit(db, auditActor(user), { action: "clientMaterial.print", resourceType: "ClientMaterialGiven", resourceId: givenId, caseId });
  const { textId: _textId, ...given } = row;
  void _textId;
  return {
    case: found,
    given: toGiven(given),
    text: { title: text.title, body: text.body, reviewedOn: isoOfDbDateOrNull(text.reviewedOn), reviewedBy: text.reviewedBy },
  };
}

/** A form refused before it reached the data (no answer to the consent, say) still leaves a trace in the trail of refusals. */
export async function auditRefusedClientMaterialInput(resource: { type: "Case" | "ClientMaterialText"; id: string }, reason: string): Promise<void> {
  const user = await authorize(resource.type === "Case" ? "clientMaterial.give" : "clientMaterial.edit");
  await recordDenial(user, { action: "write.refused", reason: `clientMaterial.${reason}`, resourceType: resource.type, resourceId: resource.id });
}
