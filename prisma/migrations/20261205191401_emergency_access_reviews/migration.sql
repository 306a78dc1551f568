-- CreateEnum
CREATE TYPE "EmergencyAccessVerdict" AS ENUM ('JUSTIFIED', 'NOT_JUSTIFIED');

-- CreateTable
CREATE TABLE "EmergencyAccessReview" (
    "id" TEXT NOT NULL,
    "emergencyAccessId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "verdict" "EmergencyAccessVerdict" NOT NULL,
    "comment" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmergencyAccessReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EmergencyAccessReview_emergencyAccessId_key" ON "EmergencyAccessReview"("emergencyAccessId");

-- CreateIndex
CREATE INDEX "EmergencyAccessReview_reviewerId_idx" ON "EmergencyAccessReview"("reviewerId");

-- AddForeignKey
ALTER TABLE "EmergencyAccessReview" ADD CONSTRAINT "EmergencyAccessReview_emergencyAccessId_fkey" FOREIGN KEY ("emergencyAccessId") REFERENCES "EmergencyAccess"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmergencyAccessReview" ADD CONSTRAINT "EmergencyAccessReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

