-- Hand-written: returns by nationality become a figure the database keeps (decision 027).
--
-- The yearly report counted the year's departures by the person's first citizenship by joining
-- each departure to its case, about 200 ms a year at 100,000 cases. Now figure_events_of_cases
-- derives a "returnedByNationality" event beside each "returned" one (the same standing departure,
-- the same day; keyed by citizenships[1]), so the report reads twelve summed months like every
-- other figure. The Case trigger now also watches citizenships. Only live cases have this figure,
-- as before: a removed case's anonymous record keeps no nationality.

CREATE OR REPLACE FUNCTION "figure_events_of_cases"(ids text[])
RETURNS TABLE (figure text, "caseId" text, "teamId" text, "adviserId" text, day date, key text, days integer, "amountSek" bigint)
LANGUAGE sql STABLE AS $$
  WITH cases AS (
    SELECT c.id, c."teamId", c."adviserId", c."destinationCountry", c."firstSessionAt", c.citizenships,
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
  -- returnedByNationality: the same departures as "returned", by the person's first citizenship ("" none).
  SELECT 'returnedByNationality', c.id, c."teamId", c."adviserId", s."effectiveOn", coalesce(c.citizenships[1], ''), 0, NULL
  FROM standing s JOIN cases c ON c.id = s."caseId" WHERE s."toStatus" = 'DEPARTED'
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

DROP TRIGGER "Case_figures_update" ON "Case";
CREATE TRIGGER "Case_figures_update" AFTER UPDATE OF "teamId", "adviserId", "openedAt", "destinationCountry", "firstSessionAt", citizenships ON "Case"
FOR EACH ROW WHEN (OLD."teamId" IS DISTINCT FROM NEW."teamId" OR OLD."adviserId" IS DISTINCT FROM NEW."adviserId"
  OR OLD."openedAt" IS DISTINCT FROM NEW."openedAt" OR OLD."destinationCountry" IS DISTINCT FROM NEW."destinationCountry"
  OR OLD."firstSessionAt" IS DISTINCT FROM NEW."firstSessionAt" OR OLD.citizenships IS DISTINCT FROM NEW.citizenships)
EXECUTE FUNCTION "figure_refresh_row"('id');

-- The departures there are.
SELECT "figure_refresh"(ARRAY(SELECT DISTINCT "caseId" FROM "CaseStatusChange" WHERE "toStatus" = 'DEPARTED'), '{}');
