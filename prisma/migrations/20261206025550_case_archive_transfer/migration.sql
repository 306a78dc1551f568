-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "archiveTransferredAt" TIMESTAMP(3),
ADD COLUMN     "archiveTransferredById" TEXT;

