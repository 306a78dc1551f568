-- Hand-written: what schema.prisma cannot express. Indexes here are named
-- *_manual_idx so that `npm run db:drift` leaves them out; the trigger and its
-- function are not compared either.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The audit trail is append-only in the database itself, whatever the
-- application does: UPDATE, DELETE and TRUNCATE of "AuditEvent" fail.
CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit trail is append-only: % on "AuditEvent" is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Audit events can only be inserted.';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();

-- Name search (similarity, ILIKE '%…%') on the person of a case and on the
-- members of households. A query must use the same expression to use the index:
--   lower("firstName" || ' ' || "lastName") % lower($1)   or   … LIKE '%' || lower($1) || '%'
CREATE INDEX "Case_fullName_trgm_manual_idx"
  ON "Case" USING gin (lower("firstName" || ' ' || "lastName") gin_trgm_ops);

CREATE INDEX "HouseholdMember_fullName_trgm_manual_idx"
  ON "HouseholdMember" USING gin (lower("firstName" || ' ' || "lastName") gin_trgm_ops);

-- Full-text search of guidance, one index per language. Queries must repeat
-- the expression exactly, e.g.
--   to_tsvector('swedish', "titleSv" || ' ' || "bodySv") @@ websearch_to_tsquery('swedish', $1)
--   to_tsvector('english', "titleEn" || ' ' || "bodyEn") @@ websearch_to_tsquery('english', $1)
CREATE INDEX "GuidanceArticle_search_sv_manual_idx"
  ON "GuidanceArticle" USING gin (to_tsvector('swedish', "titleSv" || ' ' || "bodySv"));

CREATE INDEX "GuidanceArticle_search_en_manual_idx"
  ON "GuidanceArticle" USING gin (to_tsvector('english', "titleEn" || ' ' || "bodyEn"));
