-- CreateEnum
CREATE TYPE "RetentionDisposition" AS ENUM ('REMOVE', 'ARCHIVE');

-- CreateEnum
CREATE TYPE "RetentionRunState" AS ENUM ('LISTED', 'APPROVED', 'DONE', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "RetainedEventKind" AS ENUM ('STATUS_CHANGE', 'REFERRAL_DECISION', 'FOLLOW_UP');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "legalHoldById" TEXT,
ADD COLUMN     "legalHoldReason" TEXT,
ADD COLUMN     "legalHoldSince" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RetentionRun" (
    "id" TEXT NOT NULL,
    "state" "RetentionRunState" NOT NULL DEFAULT 'LISTED',
    "evaluatedAt" TIMESTAMP(3) NOT NULL,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionRunItem" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "disposition" "RetentionDisposition" NOT NULL,
    "lastEntryAt" TIMESTAMP(3) NOT NULL,
    "caseVersion" INTEGER NOT NULL,
    "counts" JSONB NOT NULL,
    "removedAt" TIMESTAMP(3),
    "skippedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RetentionRunItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetainedCaseStatistics" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "adviserId" TEXT,
    "caseYear" INTEGER NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "status" "CaseStatus" NOT NULL,
    "outcome" "CaseOutcome",
    "destinationCountry" TEXT,
    "nationality" TEXT,
    "countryOfOrigin" TEXT,
    "ageBand" TEXT NOT NULL,
    "gender" TEXT,
    "householdSize" INTEGER NOT NULL,
    "grantDecision" "ReferralDecision",
    "grantAmountSek" INTEGER,
    "daysToReferral" INTEGER,
    "daysToDecision" INTEGER,
    "daysOpen" INTEGER,
    "removedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "runId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RetainedCaseStatistics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetainedCaseEvent" (
    "id" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "kind" "RetainedEventKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "toStatus" "CaseStatus",
    "outcome" "CaseOutcome",
    "decision" "ReferralDecision",
    "amountSek" INTEGER,
    "monthsAfterReturn" INTEGER,
    "economicScore" INTEGER,
    "socialScore" INTEGER,
    "psychosocialScore" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetainedCaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RetentionRun_state_createdAt_idx" ON "RetentionRun"("state", "createdAt");

-- CreateIndex
CREATE INDEX "RetentionRunItem_caseId_idx" ON "RetentionRunItem"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "RetentionRunItem_runId_caseId_key" ON "RetentionRunItem"("runId", "caseId");

-- CreateIndex
CREATE UNIQUE INDEX "RetainedCaseStatistics_caseId_key" ON "RetainedCaseStatistics"("caseId");

-- CreateIndex
CREATE INDEX "RetainedCaseStatistics_teamId_openedAt_idx" ON "RetainedCaseStatistics"("teamId", "openedAt");

-- CreateIndex
CREATE INDEX "RetainedCaseEvent_recordId_idx" ON "RetainedCaseEvent"("recordId");

-- CreateIndex
CREATE INDEX "RetainedCaseEvent_kind_occurredOn_idx" ON "RetainedCaseEvent"("kind", "occurredOn");

-- AddForeignKey
ALTER TABLE "RetentionRunItem" ADD CONSTRAINT "RetentionRunItem_runId_fkey" FOREIGN KEY ("runId") REFERENCES "RetentionRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetainedCaseEvent" ADD CONSTRAINT "RetainedCaseEvent_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "RetainedCaseStatistics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

