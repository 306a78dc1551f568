-- CreateIndex
CREATE INDEX "Case_teamId_status_adviserId_idx" ON "Case"("teamId", "status", "adviserId");

-- CreateIndex
CREATE INDEX "Case_teamId_openedAt_idx" ON "Case"("teamId", "openedAt");

-- CreateIndex
CREATE INDEX "Case_teamId_id_destinationCountry_idx" ON "Case"("teamId", "id", "destinationCountry");

-- CreateIndex
CREATE INDEX "CaseStatusChange_toStatus_effectiveOn_caseId_outcome_idx" ON "CaseStatusChange"("toStatus", "effectiveOn", "caseId", "outcome");

-- CreateIndex
CREATE INDEX "FollowUp_completedOn_caseId_monthsAfterReturn_economicScore_idx" ON "FollowUp"("completedOn", "caseId", "monthsAfterReturn", "economicScore", "socialScore", "psychosocialScore");

-- CreateIndex
CREATE INDEX "Referral_decidedOn_caseId_decision_decisionAmountSek_idx" ON "Referral"("decidedOn", "caseId", "decision", "decisionAmountSek");

