-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "firstSessionAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Case_teamId_firstSessionAt_openedAt_adviserId_idx" ON "Case"("teamId", "firstSessionAt", "openedAt", "adviserId");

-- Kept by the database, never by the app: the start of the case's earliest counselling session.
-- Recomputed for the case on every insert, move or removal of a session; filled for the sessions there are.
CREATE FUNCTION "case_first_session_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Case" SET "firstSessionAt" = (SELECT min("startsAt") FROM "CounsellingSession" WHERE "caseId" = OLD."caseId")
    WHERE id = OLD."caseId" AND "firstSessionAt" IS DISTINCT FROM (SELECT min("startsAt") FROM "CounsellingSession" WHERE "caseId" = OLD."caseId");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "Case" SET "firstSessionAt" = NEW."startsAt"
    WHERE id = NEW."caseId" AND ("firstSessionAt" IS NULL OR "firstSessionAt" > NEW."startsAt");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "CounsellingSession_first_session"
AFTER INSERT OR DELETE OR UPDATE OF "startsAt", "caseId" ON "CounsellingSession"
FOR EACH ROW EXECUTE FUNCTION "case_first_session_sync"();

UPDATE "Case" c SET "firstSessionAt" = f.first
FROM (SELECT "caseId", min("startsAt") AS first FROM "CounsellingSession" GROUP BY "caseId") f
WHERE f."caseId" = c.id;
