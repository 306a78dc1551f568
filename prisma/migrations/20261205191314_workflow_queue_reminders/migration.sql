-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('TASK_DUE', 'FOLLOW_UP_DUE', 'REFERRAL_DECISION_OVERDUE', 'UNSIGNED_NOTE', 'CASE_ASSIGNED', 'TRANSFER_REQUESTED');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "queuedAt" TIMESTAMP(3),
ALTER COLUMN "adviserId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "expectedDecisionOn" DATE;

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "caseId" TEXT,
    "day" DATE NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationDigest" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationDigest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_caseId_idx" ON "Notification"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_kind_subjectId_day_key" ON "Notification"("userId", "kind", "subjectId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationDigest_userId_day_key" ON "NotificationDigest"("userId", "day");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationDigest" ADD CONSTRAINT "NotificationDigest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

