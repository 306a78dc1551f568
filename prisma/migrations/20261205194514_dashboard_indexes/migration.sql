-- The dashboard's figures (issue 14, decision 021), each read from an index alone where it can be.
-- Partial and INCLUDE indexes cannot be said in schema.prisma: hand-written, named *_manual_idx
-- (the drift check leaves them out; audit-append-only.db.test.ts checks they exist).

-- Departures and closings that still stand (not undoes), with the case, outcome and the id the
-- "not undone later" probe looks up: returned, returned by country, closed by outcome, decision → departure.
CREATE INDEX "CaseStatusChange_standing_manual_idx" ON "CaseStatusChange" ("toStatus", "effectiveOn", "caseId", "outcome") INCLUDE ("id") WHERE "undoesId" IS NULL;

-- Return-grant applications: the first one sent per case, sent → decided, the last decision before a departure.
CREATE INDEX "Referral_grant_sent_manual_idx" ON "Referral" ("type", "sentOn", "caseId", "id") INCLUDE ("decidedOn", "decision") WHERE "sentOn" IS NOT NULL;
CREATE INDEX "Referral_grant_decided_manual_idx" ON "Referral" ("caseId", "type", "decidedOn") WHERE "decision" IS NOT NULL;

-- The case's own columns the figures join on: opened, adviser, status, last entry.
CREATE INDEX "Case_figures_manual_idx" ON "Case" ("teamId", "id") INCLUDE ("openedAt", "adviserId", "status", "lastEntryAt", "destinationCountry");

-- Journal drafts not yet signed (the late-draft count).
CREATE INDEX "JournalEntry_unsigned_manual_idx" ON "JournalEntry" ("createdAt") INCLUDE ("caseId") WHERE "signedAt" IS NULL;
