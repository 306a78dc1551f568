-- Hand-written: retention (gallring) and the append-only audit trail
-- (docs/decisions/025-retention-extracts-and-archive.md).
--
-- The audit trail stays append-only for everyone, with two narrow exceptions
-- that only these SECURITY DEFINER functions can open (the app role has no
-- UPDATE or DELETE on "AuditEvent" at all, decision 006):
--
--   "audit_scrub_removed_case"(case_id): once retention has removed a case
--   (no "Case" row, and its anonymous "RetainedCaseStatistics" row exists),
--   the audit rows about it keep their ids, times, users, actions and the case
--   id, but the values in "changes" and the free-text "reason" are replaced by
--   "[removed]". Nothing else about a row may change, and never for a live case.
--
--   "audit_purge_expired"(keep_years): the audit log's own retention period
--   (Setting "retention.auditYears"); never shorter than two years.
--
-- Both say so through a transaction-local marker, hemvag.audit_retention,
-- which the trigger below reads; the functions set it and reset it themselves.

CREATE OR REPLACE FUNCTION "audit_retention_on"() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('hemvag.audit_retention', true), '') = 'on'
$$;

CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND "audit_retention_on"()
     AND NEW.id = OLD.id AND NEW.at = OLD.at
     AND NEW."userId" IS NOT DISTINCT FROM OLD."userId" AND NEW."userEmail" IS NOT DISTINCT FROM OLD."userEmail"
     AND NEW.role IS NOT DISTINCT FROM OLD.role AND NEW.action = OLD.action
     AND NEW."resourceType" IS NOT DISTINCT FROM OLD."resourceType" AND NEW."resourceId" IS NOT DISTINCT FROM OLD."resourceId"
     AND NEW."caseId" IS NOT DISTINCT FROM OLD."caseId"
     AND NEW."ipAddress" IS NOT DISTINCT FROM OLD."ipAddress" AND NEW."userAgent" IS NOT DISTINCT FROM OLD."userAgent"
     AND NEW."createdAt" = OLD."createdAt"
     AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE c.id = OLD."caseId") THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' AND "audit_retention_on"() THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'The audit trail is append-only: % on "AuditEvent" is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Audit events can only be inserted.';
END;
$$;

CREATE OR REPLACE FUNCTION "audit_scrub_removed_case"(case_id text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  scrubbed integer;
BEGIN
  IF EXISTS (SELECT 1 FROM "Case" WHERE id = case_id)
     OR NOT EXISTS (SELECT 1 FROM "RetainedCaseStatistics" WHERE "caseId" = case_id) THEN
    RAISE EXCEPTION 'Case % has not been removed by retention: its audit rows stay as they are', case_id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM set_config('hemvag.audit_retention', 'on', true);
  UPDATE "AuditEvent" a SET
    changes = CASE
      WHEN a.changes IS NULL THEN NULL
      WHEN jsonb_typeof(a.changes) = 'object' THEN
        (SELECT coalesce(jsonb_object_agg(k, '["[removed]", "[removed]"]'::jsonb), '{}'::jsonb) FROM jsonb_object_keys(a.changes) AS k)
      ELSE '"[removed]"'::jsonb END,
    reason = CASE WHEN a.reason IS NULL THEN NULL ELSE '[removed]' END
  WHERE a."caseId" = case_id AND (a.changes IS NOT NULL OR a.reason IS NOT NULL);
  GET DIAGNOSTICS scrubbed = ROW_COUNT;
  PERFORM set_config('hemvag.audit_retention', 'off', true);
  RETURN scrubbed;
END;
$$;

CREATE OR REPLACE FUNCTION "audit_purge_expired"(keep_years integer) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  purged bigint;
BEGIN
  IF keep_years IS NULL OR keep_years < 2 THEN
    RAISE EXCEPTION 'The audit log is kept at least two years (asked: %)', keep_years
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM set_config('hemvag.audit_retention', 'on', true);
  DELETE FROM "AuditEvent" WHERE at < now() - make_interval(years => keep_years);
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('hemvag.audit_retention', 'off', true);
  RETURN purged;
END;
$$;
