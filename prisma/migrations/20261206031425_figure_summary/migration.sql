-- CreateTable
CREATE TABLE "FigureEvent" (
    "id" BIGSERIAL NOT NULL,
    "figure" TEXT NOT NULL,
    "caseId" TEXT,
    "retainedRecordId" TEXT,
    "teamId" TEXT NOT NULL,
    "adviserId" TEXT,
    "day" DATE NOT NULL,
    "key" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "amountSek" BIGINT,

    CONSTRAINT "FigureEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FigureMonth" (
    "figure" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "adviserId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "key" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "n" BIGINT NOT NULL,
    "amountSek" BIGINT NOT NULL,

    CONSTRAINT "FigureMonth_pkey" PRIMARY KEY ("figure","teamId","adviserId","month","key","days")
);

-- CreateIndex
CREATE INDEX "FigureEvent_caseId_idx" ON "FigureEvent"("caseId");

-- CreateIndex
CREATE INDEX "FigureEvent_retainedRecordId_idx" ON "FigureEvent"("retainedRecordId");

-- CreateIndex
CREATE INDEX "FigureEvent_figure_teamId_day_adviserId_key_days_amountSek_idx" ON "FigureEvent"("figure", "teamId", "day", "adviserId", "key", "days", "amountSek");


-- ── Hand-written: the definitions of the figures, and the triggers that keep them (decision 027) ──
-- Kept by the database, never by the app. A figure's events are derived per case: whenever a row of
-- a case that a figure reads changes, the case's FigureEvent rows are derived again and FigureMonth is
-- corrected by the difference, in the same statement. The office day of an instant is taken in
-- Europe/Stockholm (lib/dates.ts OFFICE_TIME_ZONE).

-- The events of live cases. This is the definition of each figure (lib/statistics/figures.ts says
-- which event dates it): what the dashboard, the yearly report and the case list behind a bar count.
-- A status change counts only while it stands: it is no undo itself and no later change undoes it.
CREATE FUNCTION "figure_events_of_cases"(ids text[])
RETURNS TABLE (figure text, "caseId" text, "teamId" text, "adviserId" text, day date, key text, days integer, "amountSek" bigint)
LANGUAGE sql STABLE AS $$
  WITH cases AS (
    SELECT c.id, c."teamId", c."adviserId", c."destinationCountry", c."firstSessionAt",
           (timezone('Europe/Stockholm', c."openedAt" AT TIME ZONE 'UTC'))::date AS "openedOn"
    FROM "Case" c WHERE c.id = ANY(ids)
  ),
  standing AS (
    SELECT s.id, s."caseId", s."toStatus", s."effectiveOn", s.outcome FROM "CaseStatusChange" s
    WHERE s."caseId" = ANY(ids) AND s."toStatus" IN ('CLOSED', 'DEPARTED') AND s."undoesId" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "CaseStatusChange" u WHERE u."undoesId" = s.id)
  ),
  -- Return-grant applications sent: the first one of a case ends "intake to referral".
  applications AS (
    SELECT r."caseId", r."sentOn", r."decidedOn", r.decision,
           row_number() OVER (PARTITION BY r."caseId" ORDER BY r."sentOn", r.id) AS nth
    FROM "Referral" r WHERE r."caseId" = ANY(ids) AND r.type = 'RETURN_GRANT_APPLICATION' AND r."sentOn" IS NOT NULL
  )
  -- opened: one per case, on the office day of opening.
  SELECT 'opened', c.id, c."teamId", c."adviserId", c."openedOn", '', 0, NULL::bigint FROM cases c
  UNION ALL
  -- closedByOutcome (by outcome; none recorded counts as OTHER) and returned (by the destination
  -- country), dated by the change's effective date.
  SELECT CASE WHEN s."toStatus" = 'CLOSED' THEN 'closedByOutcome' ELSE 'returned' END, c.id, c."teamId", c."adviserId", s."effectiveOn",
         CASE WHEN s."toStatus" = 'CLOSED' THEN coalesce(s.outcome, 'OTHER')::text ELSE coalesce(c."destinationCountry", '') END, 0, NULL
  FROM standing s JOIN cases c ON c.id = s."caseId"
  UNION ALL
  -- grantDecisions: every referral decided, with the amount granted, dated by the decision.
  SELECT 'grantDecisions', c.id, c."teamId", c."adviserId", r."decidedOn", r.decision::text, 0, r."decisionAmountSek"::bigint
  FROM "Referral" r JOIN cases c ON c.id = r."caseId"
  WHERE r."caseId" = ANY(ids) AND r.decision IS NOT NULL AND r."decidedOn" IS NOT NULL
  UNION ALL
  -- intakeToFirstSession: the case's first session (Case.firstSessionAt, migration case_first_session).
  SELECT 'intakeToFirstSession', c.id, c."teamId", c."adviserId", f.day, '', f.day - c."openedOn", NULL
  FROM cases c CROSS JOIN LATERAL (SELECT (timezone('Europe/Stockholm', c."firstSessionAt" AT TIME ZONE 'UTC'))::date AS day) f
  WHERE c."firstSessionAt" IS NOT NULL
  UNION ALL
  -- intakeToReferral: to the first return-grant application sent, dated by its sending.
  SELECT 'intakeToReferral', c.id, c."teamId", c."adviserId", a."sentOn", '', a."sentOn" - c."openedOn", NULL
  FROM applications a JOIN cases c ON c.id = a."caseId" WHERE a.nth = 1
  UNION ALL
  -- referralToDecision: every return-grant application sent and decided, dated by the decision.
  SELECT 'referralToDecision', c.id, c."teamId", c."adviserId", a."decidedOn", '', a."decidedOn" - a."sentOn", NULL
  FROM applications a JOIN cases c ON c.id = a."caseId" WHERE a.decision IS NOT NULL AND a."decidedOn" IS NOT NULL
  UNION ALL
  -- decisionToDeparture: from the last decision on a return-grant application on or before the departure.
  SELECT 'decisionToDeparture', c.id, c."teamId", c."adviserId", s."effectiveOn", '', s."effectiveOn" - d."decidedOn", NULL
  FROM standing s JOIN cases c ON c.id = s."caseId"
  JOIN LATERAL (
    SELECT max(r."decidedOn") AS "decidedOn" FROM "Referral" r
    WHERE r."caseId" = s."caseId" AND r.type = 'RETURN_GRANT_APPLICATION' AND r.decision IS NOT NULL AND r."decidedOn" <= s."effectiveOn"
  ) d ON d."decidedOn" IS NOT NULL
  WHERE s."toStatus" = 'DEPARTED'
$$;

-- The events of cases removed by retention, from the anonymous record each leaves
-- (lib/data/retention-statistics.ts wrote its events from the definitions above).
CREATE FUNCTION "figure_events_of_retained"(ids text[])
RETURNS TABLE (figure text, "retainedRecordId" text, "teamId" text, "adviserId" text, day date, key text, days integer, "amountSek" bigint)
LANGUAGE sql STABLE AS $$
  SELECT 'opened', r.id, r."teamId", r."adviserId", (timezone('Europe/Stockholm', r."openedAt" AT TIME ZONE 'UTC'))::date, '', 0, NULL::bigint
  FROM "RetainedCaseStatistics" r WHERE r.id = ANY(ids)
  UNION ALL
  SELECT CASE WHEN e."toStatus" = 'CLOSED' THEN 'closedByOutcome' ELSE 'returned' END, r.id, r."teamId", r."adviserId", e."occurredOn",
         CASE WHEN e."toStatus" = 'CLOSED' THEN coalesce(e.outcome, 'OTHER')::text ELSE coalesce(r."destinationCountry", '') END, 0, NULL
  FROM "RetainedCaseEvent" e JOIN "RetainedCaseStatistics" r ON r.id = e."recordId"
  WHERE e."recordId" = ANY(ids) AND e.kind = 'STATUS_CHANGE' AND e."toStatus" IN ('CLOSED', 'DEPARTED')
  UNION ALL
  SELECT 'grantDecisions', r.id, r."teamId", r."adviserId", e."occurredOn", e.decision::text, 0, e."amountSek"::bigint
  FROM "RetainedCaseEvent" e JOIN "RetainedCaseStatistics" r ON r.id = e."recordId"
  WHERE e."recordId" = ANY(ids) AND e.kind = 'REFERRAL_DECISION'
  UNION ALL
  SELECT e.measure, r.id, r."teamId", r."adviserId", e."occurredOn", '', e.days, NULL
  FROM "RetainedCaseEvent" e JOIN "RetainedCaseStatistics" r ON r.id = e."recordId"
  WHERE e."recordId" = ANY(ids) AND e.kind = 'PROCESSING_TIME'
$$;

-- Derives the events of these cases and records again and corrects FigureMonth by the difference,
-- each event under its adviser ("" for none) and under "*" (the team). One upsert in key order, so
-- that two writers lock the rows they share in the same order.
CREATE FUNCTION "figure_refresh"(case_ids text[], record_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality(case_ids), 0) = 0 AND coalesce(cardinality(record_ids), 0) = 0 THEN
    RETURN;
  END IF;
  -- Two deletes, each on its own index (one with OR would read the whole table).
  WITH gone_of_cases AS (
    DELETE FROM "FigureEvent" e WHERE e."caseId" = ANY(case_ids)
    RETURNING e.figure, e."teamId", e."adviserId", e.day, e.key, e.days, e."amountSek", -1 AS sign
  ),
  gone_of_records AS (
    DELETE FROM "FigureEvent" e WHERE e."retainedRecordId" = ANY(record_ids)
    RETURNING e.figure, e."teamId", e."adviserId", e.day, e.key, e.days, e."amountSek", -1 AS sign
  ),
  fresh AS (
    INSERT INTO "FigureEvent" (figure, "caseId", "retainedRecordId", "teamId", "adviserId", day, key, days, "amountSek")
    SELECT l.figure, l."caseId", NULL, l."teamId", l."adviserId", l.day, l.key, l.days, l."amountSek" FROM "figure_events_of_cases"(case_ids) l
    UNION ALL
    SELECT r.figure, NULL, r."retainedRecordId", r."teamId", r."adviserId", r.day, r.key, r.days, r."amountSek" FROM "figure_events_of_retained"(record_ids) r
    RETURNING figure, "teamId", "adviserId", day, key, days, "amountSek", 1 AS sign
  ),
  changed AS (SELECT * FROM gone_of_cases UNION ALL SELECT * FROM gone_of_records UNION ALL SELECT * FROM fresh)
  INSERT INTO "FigureMonth" AS m (figure, "teamId", "adviserId", month, key, days, n, "amountSek")
  SELECT ch.figure, ch."teamId", grain."adviserId", date_trunc('month', ch.day::timestamp)::date, ch.key, ch.days,
         sum(ch.sign), sum(ch.sign * coalesce(ch."amountSek", 0))
  FROM changed ch CROSS JOIN LATERAL (VALUES (coalesce(ch."adviserId", '')), ('*')) grain("adviserId")
  GROUP BY 1, 2, 3, 4, 5, 6
  HAVING sum(ch.sign) <> 0 OR sum(ch.sign * coalesce(ch."amountSek", 0)) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (figure, "teamId", "adviserId", month, key, days)
  DO UPDATE SET n = m.n + excluded.n, "amountSek" = m."amountSek" + excluded."amountSek";
END $$;

-- After any statement on a table the figures read: the cases (or records) its rows belong to.
-- TG_ARGV: the column naming the case or record, and "case" or "record". A bulk load into an empty
-- database (lib/seed) says so with hemvag.figures_deferred, for its own transaction only, and derives
-- every case's events once at its end.
CREATE FUNCTION "figure_refresh_statement"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
BEGIN
  IF current_setting('hemvag.figures_deferred', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM figure_new', TG_ARGV[0]) INTO ids;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM figure_old', TG_ARGV[0]) INTO ids;
  ELSE
    EXECUTE format('SELECT array_agg(DISTINCT id) FROM (SELECT %1$I AS id FROM figure_old UNION SELECT %1$I FROM figure_new) changed', TG_ARGV[0]) INTO ids;
  END IF;
  IF TG_ARGV[1] = 'record' THEN
    PERFORM "figure_refresh"('{}', ids);
  ELSE
    PERFORM "figure_refresh"(ids, '{}');
  END IF;
  RETURN NULL;
END $$;

-- A case's own columns that the figures read: team, adviser, opening, destination. Its first session
-- is read through the sessions' trigger below (which runs after case_first_session has set it).
CREATE FUNCTION "figure_refresh_case_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('hemvag.figures_deferred', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM "figure_refresh"(ARRAY[NEW.id], '{}');
  RETURN NULL;
END $$;

CREATE TRIGGER "Case_figures_insert" AFTER INSERT ON "Case"
REFERENCING NEW TABLE AS figure_new FOR EACH STATEMENT EXECUTE FUNCTION "figure_refresh_statement"('id', 'case');
CREATE TRIGGER "Case_figures_delete" AFTER DELETE ON "Case"
REFERENCING OLD TABLE AS figure_old FOR EACH STATEMENT EXECUTE FUNCTION "figure_refresh_statement"('id', 'case');
CREATE TRIGGER "Case_figures_update" AFTER UPDATE OF "teamId", "adviserId", "openedAt", "destinationCountry" ON "Case"
FOR EACH ROW WHEN (OLD."teamId" IS DISTINCT FROM NEW."teamId" OR OLD."adviserId" IS DISTINCT FROM NEW."adviserId"
  OR OLD."openedAt" IS DISTINCT FROM NEW."openedAt" OR OLD."destinationCountry" IS DISTINCT FROM NEW."destinationCountry")
EXECUTE FUNCTION "figure_refresh_case_row"();

-- The same three statement triggers on every other table the figures read: its name, the column
-- naming the case or record, and which. Statement triggers fire after the row triggers of their
-- statement, so on "CounsellingSession" Case.firstSessionAt is already set.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('CaseStatusChange', 'caseId', 'case'),
    ('Referral', 'caseId', 'case'),
    ('CounsellingSession', 'caseId', 'case'),
    ('RetainedCaseStatistics', 'id', 'record'),
    ('RetainedCaseEvent', 'recordId', 'record')
  ) AS v(tab, col, kind) LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS figure_new FOR EACH STATEMENT EXECUTE FUNCTION "figure_refresh_statement"(%L, %L)',
      t.tab || '_figures_insert', t.tab, t.col, t.kind);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS figure_old NEW TABLE AS figure_new FOR EACH STATEMENT EXECUTE FUNCTION "figure_refresh_statement"(%L, %L)',
      t.tab || '_figures_update', t.tab, t.col, t.kind);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS figure_old FOR EACH STATEMENT EXECUTE FUNCTION "figure_refresh_statement"(%L, %L)',
      t.tab || '_figures_delete', t.tab, t.col, t.kind);
  END LOOP;
END $$;

-- The caseload and the counts that need the manager are "now", not events, and stay queries on the
-- cases (lib/data/dashboard.ts); these let them read the open cases of a team, not every case:
-- the open cases per adviser and status and the join of overdue tasks, referrals and follow-ups to
-- them (index-only), inactive open cases by their last entry, referrals waiting for a decision.
CREATE INDEX "Case_open_manual_idx" ON "Case" ("teamId", id) INCLUDE ("adviserId", status) WHERE status <> 'CLOSED';
CREATE INDEX "Case_open_lastEntry_manual_idx" ON "Case" ("teamId", "lastEntryAt") WHERE status <> 'CLOSED';
CREATE INDEX "Referral_waiting_sentOn_manual_idx" ON "Referral" ("sentOn", "caseId") WHERE status IN ('SENT', 'RECEIVED');

-- The rows there are.
SELECT "figure_refresh"(ARRAY(SELECT id FROM "Case"), ARRAY(SELECT id FROM "RetainedCaseStatistics"));
