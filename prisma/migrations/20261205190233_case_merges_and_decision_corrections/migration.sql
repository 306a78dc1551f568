-- CreateTable
CREATE TABLE "CaseMerge" (
    "id" TEXT NOT NULL,
    "fromCaseId" TEXT NOT NULL,
    "intoCaseId" TEXT NOT NULL,
    "fromCaseNumber" TEXT NOT NULL,
    "intoCaseNumber" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "proposedById" TEXT NOT NULL,
    "confirmedById" TEXT NOT NULL,
    "approvalRequestId" TEXT NOT NULL,
    "moved" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseMerge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralDecisionCorrection" (
    "id" TEXT NOT NULL,
    "referralId" TEXT NOT NULL,
    "previousDecision" "ReferralDecision" NOT NULL,
    "previousDecidedOn" DATE NOT NULL,
    "previousAmountSek" INTEGER,
    "previousAgencyReference" TEXT,
    "decision" "ReferralDecision" NOT NULL,
    "decidedOn" DATE NOT NULL,
    "decisionAmountSek" INTEGER,
    "agencyReference" TEXT,
    "reason" TEXT NOT NULL,
    "byUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralDecisionCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CaseMerge_fromCaseId_key" ON "CaseMerge"("fromCaseId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseMerge_approvalRequestId_key" ON "CaseMerge"("approvalRequestId");

-- CreateIndex
CREATE INDEX "CaseMerge_intoCaseId_idx" ON "CaseMerge"("intoCaseId");

-- CreateIndex
CREATE INDEX "ReferralDecisionCorrection_referralId_createdAt_idx" ON "ReferralDecisionCorrection"("referralId", "createdAt");

-- AddForeignKey
ALTER TABLE "CaseMerge" ADD CONSTRAINT "CaseMerge_fromCaseId_fkey" FOREIGN KEY ("fromCaseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMerge" ADD CONSTRAINT "CaseMerge_intoCaseId_fkey" FOREIGN KEY ("intoCaseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralDecisionCorrection" ADD CONSTRAINT "ReferralDecisionCorrection_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

