-- CreateEnum
CREATE TYPE "InterpreterMode" AS ENUM ('ON_SITE', 'PHONE', 'VIDEO');

-- CreateEnum
CREATE TYPE "ClientMaterialKind" AS ENUM ('INFORMATION_SHEET', 'CONSENT');

-- CreateEnum
CREATE TYPE "ConsentAnswer" AS ENUM ('CONSENTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ConsentRecipient" AS ENUM ('MIGRATIONSVERKET', 'IOM', 'SOCIAL_SERVICES', 'RECEPTION_PARTNER');

-- AlterTable
ALTER TABLE "CounsellingSession" ADD COLUMN     "interpreterAgency" TEXT,
ADD COLUMN     "interpreterDialect" TEXT,
ADD COLUMN     "interpreterIdNumber" TEXT,
ADD COLUMN     "interpreterMode" "InterpreterMode";

-- CreateTable
CREATE TABLE "ClientMaterialText" (
    "id" TEXT NOT NULL,
    "kind" "ClientMaterialKind" NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "reviewedOn" DATE,
    "reviewedBy" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClientMaterialText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClientMaterialRevision" (
    "id" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "reviewedOn" DATE,
    "reviewedBy" TEXT,
    "editedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClientMaterialRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClientMaterialGiven" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "kind" "ClientMaterialKind" NOT NULL,
    "language" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "wasReviewed" BOOLEAN NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL,
    "givenById" TEXT NOT NULL,
    "consent" "ConsentAnswer",
    "consentRecipients" "ConsentRecipient"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClientMaterialGiven_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClientMaterialText_kind_language_key" ON "ClientMaterialText"("kind", "language");

-- CreateIndex
CREATE UNIQUE INDEX "ClientMaterialRevision_textId_version_key" ON "ClientMaterialRevision"("textId", "version");

-- CreateIndex
CREATE INDEX "ClientMaterialGiven_caseId_givenAt_idx" ON "ClientMaterialGiven"("caseId", "givenAt");

-- CreateIndex
CREATE INDEX "ClientMaterialGiven_textId_idx" ON "ClientMaterialGiven"("textId");

-- CreateIndex
CREATE INDEX "ClientMaterialGiven_givenById_idx" ON "ClientMaterialGiven"("givenById");

-- AddForeignKey
ALTER TABLE "ClientMaterialRevision" ADD CONSTRAINT "ClientMaterialRevision_textId_fkey" FOREIGN KEY ("textId") REFERENCES "ClientMaterialText"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientMaterialGiven" ADD CONSTRAINT "ClientMaterialGiven_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientMaterialGiven" ADD CONSTRAINT "ClientMaterialGiven_textId_fkey" FOREIGN KEY ("textId") REFERENCES "ClientMaterialText"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientMaterialGiven" ADD CONSTRAINT "ClientMaterialGiven_givenById_fkey" FOREIGN KEY ("givenById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

