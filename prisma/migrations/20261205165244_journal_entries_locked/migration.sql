-- Hand-written: a signed journal entry is locked in the database itself
-- (docs/decisions/015-signed-journal-entries.md), whatever the application does.
--
-- "JournalEntry": while a draft (signedAt IS NULL) the author may edit it. Once
-- signed, nothing about it may change except a correction: "version" goes up
-- by exactly one and "text" becomes the text of the JournalEntryVersion row of
-- that number, which the correction inserted first. Un-signing, moving it to
-- another case, member or author, or rewriting the text without a new version
-- are refused.
--
-- "JournalEntryVersion": never updated; inserted only for a signed entry.
--
-- DELETE of a signed entry or of any version is refused, except by retention
-- (gallring): the disposal job runs its deletes in a transaction that first
-- says `SET LOCAL hemvag.retention = 'on'`. That setting is the one hook; grep
-- for it. (It is a marker against mistakes, not a security boundary: the app
-- role could set it too, and every delete is audited.)

CREATE OR REPLACE FUNCTION "journal_retention_on"() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('hemvag.retention', true), '') = 'on'
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
     OR NEW."caseId" IS DISTINCT FROM OLD."caseId"
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

CREATE TRIGGER "JournalEntry_signed_locked"
  BEFORE UPDATE OR DELETE ON "JournalEntry"
  FOR EACH ROW EXECUTE FUNCTION "journal_entry_signed_locked"();

CREATE OR REPLACE FUNCTION "journal_entry_version_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT 1 FROM "JournalEntry" e WHERE e.id = NEW."entryId" AND e."signedAt" IS NOT NULL) THEN
      RAISE EXCEPTION 'Journal entry % is not signed: it has no versions yet', NEW."entryId"
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' AND "journal_retention_on"() THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'Journal entry versions are append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "JournalEntryVersion_append_only"
  BEFORE INSERT OR UPDATE OR DELETE ON "JournalEntryVersion"
  FOR EACH ROW EXECUTE FUNCTION "journal_entry_version_append_only"();

CREATE OR REPLACE FUNCTION "journal_no_truncate"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'TRUNCATE of % is not allowed: the journal leaves only through retention', TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "JournalEntry_no_truncate" BEFORE TRUNCATE ON "JournalEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "journal_no_truncate"();
CREATE TRIGGER "JournalEntryVersion_no_truncate" BEFORE TRUNCATE ON "JournalEntryVersion"
  FOR EACH STATEMENT EXECUTE FUNCTION "journal_no_truncate"();

-- As for the audit table: also in a session with session_replication_role = replica.
ALTER TABLE "JournalEntry" ENABLE ALWAYS TRIGGER "JournalEntry_signed_locked";
ALTER TABLE "JournalEntry" ENABLE ALWAYS TRIGGER "JournalEntry_no_truncate";
ALTER TABLE "JournalEntryVersion" ENABLE ALWAYS TRIGGER "JournalEntryVersion_append_only";
ALTER TABLE "JournalEntryVersion" ENABLE ALWAYS TRIGGER "JournalEntryVersion_no_truncate";
