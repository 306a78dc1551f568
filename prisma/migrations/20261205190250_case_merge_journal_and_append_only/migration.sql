-- Hand-written (docs/decisions/019-merging-duplicate-cases.md).
--
-- 1. A signed journal entry may move to another case in one situation only: a
--    confirmed merge of a person registered twice, whose transaction first says
--    `SET LOCAL hemvag.case_merge = 'on'` (lib/data/case-merge.ts; grep for it).
--    Its text, author, dates and versions stay exactly as signed; everything
--    else the lock refused is still refused. Like hemvag.retention it is a marker
--    against mistakes, not a security boundary; every merge is audited.
-- 2. "CaseMerge" and "ReferralDecisionCorrection" are append-only records:
--    no UPDATE, and DELETE only through retention (hemvag.retention, which the
--    case's disposal cascades under).

CREATE OR REPLACE FUNCTION "case_merge_on"() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('hemvag.case_merge', true), '') = 'on'
$$;

CREATE OR REPLACE FUNCTION "journal_entry_signed_locked"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  version_text text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."signedAt" IS NOT NULL AND NOT "journal_retention_on"() THEN
      RAISE EXCEPTION 'Journal entry % is signed: DELETE is allowed only for retention', OLD.id
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
  END IF;

  -- UPDATE
  IF OLD."signedAt" IS NULL THEN
    RETURN NEW;
  END IF;
  IF NEW."signedAt" IS DISTINCT FROM OLD."signedAt"
     OR (NEW."caseId" IS DISTINCT FROM OLD."caseId" AND NOT "case_merge_on"())
     OR NEW.kind IS DISTINCT FROM OLD.kind
     OR NEW."sessionId" IS DISTINCT FROM OLD."sessionId"
     OR NEW."followUpId" IS DISTINCT FROM OLD."followUpId"
     OR NEW."householdMemberId" IS DISTINCT FROM OLD."householdMemberId"
     OR NEW."authorId" IS DISTINCT FROM OLD."authorId"
     OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt" THEN
    RAISE EXCEPTION 'Journal entry % is signed: only a correction may change it', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.version = OLD.version AND NEW.text IS NOT DISTINCT FROM OLD.text THEN
    RETURN NEW;
  END IF;
  IF NEW.version <> OLD.version + 1 THEN
    RAISE EXCEPTION 'Journal entry % is signed: a correction adds exactly one version', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT v.text INTO version_text FROM "JournalEntryVersion" v WHERE v."entryId" = NEW.id AND v.version = NEW.version;
  IF NOT FOUND OR version_text IS DISTINCT FROM NEW.text THEN
    RAISE EXCEPTION 'Journal entry % is signed: its text changes only with a new version row', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;


CREATE OR REPLACE FUNCTION "record_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND "journal_retention_on"() THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "CaseMerge_append_only" BEFORE UPDATE OR DELETE ON "CaseMerge"
  FOR EACH ROW EXECUTE FUNCTION "record_append_only"();
CREATE TRIGGER "ReferralDecisionCorrection_append_only" BEFORE UPDATE OR DELETE ON "ReferralDecisionCorrection"
  FOR EACH ROW EXECUTE FUNCTION "record_append_only"();
ALTER TABLE "CaseMerge" ENABLE ALWAYS TRIGGER "CaseMerge_append_only";
ALTER TABLE "ReferralDecisionCorrection" ENABLE ALWAYS TRIGGER "ReferralDecisionCorrection_append_only";
