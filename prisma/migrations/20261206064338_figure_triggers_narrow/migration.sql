-- Hand-written: the figure triggers (decision 027) fire only when a column the figures read changes.
--
-- figure_summary refreshed a case's figures after every insert or update of its status changes,
-- referrals and sessions, including a referral's note or a session's topics, which change no figure;
-- on a day of casework that is most writes. Now:
-- - an update refreshes only when a column that figure_events_of_cases reads changed (a row trigger
--   with the columns and a WHEN, as the Case trigger already had: statement triggers with transition
--   tables cannot name columns);
-- - a new referral refreshes only when it is sent or decided, a new status change only when it closes,
--   departs or undoes (nothing else is an event);
-- - sessions no longer have figure triggers of their own: their only figure is the case's first
--   session, which case_first_session_sync writes to Case."firstSessionAt", so the Case trigger
--   watches that column instead.
-- Deletes keep their statement triggers (a removal or merge deletes many rows at once).

-- One row function for every table: TG_ARGV[0] names the column holding the case's id. A row that
-- moves to another case refreshes both.
CREATE FUNCTION "figure_refresh_row"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
BEGIN
  IF current_setting('hemvag.figures_deferred', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    ids := ARRAY[to_jsonb(NEW) ->> TG_ARGV[0]];
  ELSE
    ids := ARRAY(SELECT DISTINCT id FROM unnest(ARRAY[to_jsonb(OLD) ->> TG_ARGV[0], to_jsonb(NEW) ->> TG_ARGV[0]]) id);
  END IF;
  PERFORM "figure_refresh"(ids, '{}');
  RETURN NULL;
END $$;

-- Case: its own columns, and now its first session.
DROP TRIGGER "Case_figures_update" ON "Case";
DROP FUNCTION "figure_refresh_case_row"();
CREATE TRIGGER "Case_figures_update" AFTER UPDATE OF "teamId", "adviserId", "openedAt", "destinationCountry", "firstSessionAt" ON "Case"
FOR EACH ROW WHEN (OLD."teamId" IS DISTINCT FROM NEW."teamId" OR OLD."adviserId" IS DISTINCT FROM NEW."adviserId"
  OR OLD."openedAt" IS DISTINCT FROM NEW."openedAt" OR OLD."destinationCountry" IS DISTINCT FROM NEW."destinationCountry"
  OR OLD."firstSessionAt" IS DISTINCT FROM NEW."firstSessionAt")
EXECUTE FUNCTION "figure_refresh_row"('id');

-- Sessions: read through Case."firstSessionAt" above.
DROP TRIGGER "CounsellingSession_figures_insert" ON "CounsellingSession";
DROP TRIGGER "CounsellingSession_figures_update" ON "CounsellingSession";
DROP TRIGGER "CounsellingSession_figures_delete" ON "CounsellingSession";

-- Referrals: figure_events_of_cases reads the case, type, sending, decision, its day and amount.
DROP TRIGGER "Referral_figures_insert" ON "Referral";
DROP TRIGGER "Referral_figures_update" ON "Referral";
CREATE TRIGGER "Referral_figures_insert" AFTER INSERT ON "Referral"
FOR EACH ROW WHEN (NEW."sentOn" IS NOT NULL OR NEW.decision IS NOT NULL OR NEW."decidedOn" IS NOT NULL)
EXECUTE FUNCTION "figure_refresh_row"('caseId');
CREATE TRIGGER "Referral_figures_update" AFTER UPDATE OF "caseId", type, "sentOn", "decidedOn", decision, "decisionAmountSek" ON "Referral"
FOR EACH ROW WHEN (OLD."caseId" IS DISTINCT FROM NEW."caseId" OR OLD.type IS DISTINCT FROM NEW.type
  OR OLD."sentOn" IS DISTINCT FROM NEW."sentOn" OR OLD."decidedOn" IS DISTINCT FROM NEW."decidedOn"
  OR OLD.decision IS DISTINCT FROM NEW.decision OR OLD."decisionAmountSek" IS DISTINCT FROM NEW."decisionAmountSek")
EXECUTE FUNCTION "figure_refresh_row"('caseId');

-- Status changes: only closing, departing and undoing are events (an undo takes back one that was).
DROP TRIGGER "CaseStatusChange_figures_insert" ON "CaseStatusChange";
DROP TRIGGER "CaseStatusChange_figures_update" ON "CaseStatusChange";
CREATE TRIGGER "CaseStatusChange_figures_insert" AFTER INSERT ON "CaseStatusChange"
FOR EACH ROW WHEN (NEW."toStatus" IN ('CLOSED', 'DEPARTED') OR NEW."undoesId" IS NOT NULL)
EXECUTE FUNCTION "figure_refresh_row"('caseId');
CREATE TRIGGER "CaseStatusChange_figures_update" AFTER UPDATE OF "caseId", "toStatus", "effectiveOn", outcome, "undoesId" ON "CaseStatusChange"
FOR EACH ROW WHEN (OLD."caseId" IS DISTINCT FROM NEW."caseId" OR OLD."toStatus" IS DISTINCT FROM NEW."toStatus"
  OR OLD."effectiveOn" IS DISTINCT FROM NEW."effectiveOn" OR OLD.outcome IS DISTINCT FROM NEW.outcome
  OR OLD."undoesId" IS DISTINCT FROM NEW."undoesId")
EXECUTE FUNCTION "figure_refresh_row"('caseId');
