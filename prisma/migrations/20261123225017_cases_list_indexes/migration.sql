-- Hand-written: indexes for the case list, its search and the duplicate
-- search at 100,000 cases (issue 4). Named *_manual_idx so that
-- `npm run db:drift` leaves them out. The plain ones (name order, household
-- identity number and birth date) could move to schema.prisma as @@index.

-- The list sorted by name, with keyset pagination on (lastName, firstName, id).
CREATE INDEX "Case_name_sort_manual_idx" ON "Case" ("lastName", "firstName", "id");

-- Search by identity number and the duplicate search before intake also look
-- at household members: by identity number, or by birth date and a similar name.
CREATE INDEX "HouseholdMember_identityNumber_manual_idx" ON "HouseholdMember" ("identityNumber");
CREATE INDEX "HouseholdMember_birthDate_manual_idx" ON "HouseholdMember" ("birthDate");

-- The list's "overdue" filter: open work whose date has passed. Partial, so
-- they hold only what is still open.
CREATE INDEX "Task_open_dueOn_manual_idx" ON "Task" ("dueOn", "caseId") WHERE "status" = 'OPEN';
CREATE INDEX "FollowUp_open_dueOn_manual_idx" ON "FollowUp" ("dueOn", "caseId") WHERE "completedOn" IS NULL;
CREATE INDEX "ReturnPlanStep_open_dueOn_manual_idx" ON "ReturnPlanStep" ("dueOn", "caseId") WHERE "status" IN ('NOT_STARTED', 'IN_PROGRESS');
