-- CreateEnum
CREATE TYPE "ProtectedIdentityKind" AS ENUM ('SEKRETESSMARKERING', 'SKYDDAD_FOLKBOKFORING', 'FINGERADE_PERSONUPPGIFTER');

-- CreateEnum
CREATE TYPE "LogReviewRule" AS ENUM ('RANDOM_SAMPLE', 'PROTECTED_PERSON', 'OUTSIDE_TEAM', 'EMERGENCY_ACCESS', 'OUTSIDE_OFFICE_HOURS', 'MANY_CASES_SHORT_TIME', 'SAME_SURNAME');

-- CreateEnum
CREATE TYPE "LogReviewVerdict" AS ENUM ('JUSTIFIED', 'NEEDS_FOLLOW_UP');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'LOG_REVIEWER';

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "protectedIdentity" "ProtectedIdentityKind",
ADD COLUMN     "protectedIdentityMarkedAt" TIMESTAMP(3),
ADD COLUMN     "protectedIdentityMarkedById" TEXT,
ADD COLUMN     "protectedIdentityReason" TEXT;

-- CreateTable
CREATE TABLE "ProtectedCaseAccess" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "namedById" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProtectedCaseAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LogReview" (
    "id" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "parameters" JSONB NOT NULL,
    "readCount" INTEGER NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "signedOffAt" TIMESTAMP(3),
    "signedOffById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "LogReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LogReviewPick" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "auditEventId" BIGINT NOT NULL,
    "rules" "LogReviewRule"[],
    "verdict" "LogReviewVerdict",
    "comment" TEXT,
    "markedById" TEXT,
    "markedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "LogReviewPick_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProtectedCaseAccess_userId_caseId_idx" ON "ProtectedCaseAccess"("userId", "caseId");

-- CreateIndex
CREATE UNIQUE INDEX "ProtectedCaseAccess_caseId_userId_key" ON "ProtectedCaseAccess"("caseId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "LogReview_month_key" ON "LogReview"("month");

-- CreateIndex
CREATE INDEX "LogReviewPick_reviewId_verdict_idx" ON "LogReviewPick"("reviewId", "verdict");

-- CreateIndex
CREATE UNIQUE INDEX "LogReviewPick_reviewId_auditEventId_key" ON "LogReviewPick"("reviewId", "auditEventId");

-- AddForeignKey
ALTER TABLE "ProtectedCaseAccess" ADD CONSTRAINT "ProtectedCaseAccess_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProtectedCaseAccess" ADD CONSTRAINT "ProtectedCaseAccess_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LogReviewPick" ADD CONSTRAINT "LogReviewPick_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "LogReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

