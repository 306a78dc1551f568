-- DropIndex
DROP INDEX "CounsellingSession_startsAt_idx";

-- CreateIndex
CREATE INDEX "CounsellingSession_startsAt_caseId_idx" ON "CounsellingSession"("startsAt", "caseId");


-- Hand-written: the yearly report's persons counselled and households (lib/data/figures.ts
-- countCounselled) look up the cases counselled in a year, a fifth of a team's cases, for their
-- person's birth date and gender: index-only, instead of reading the wide case rows.
CREATE INDEX "Case_team_person_manual_idx" ON "Case" ("teamId", id) INCLUDE ("adviserId", "birthDate", gender);
