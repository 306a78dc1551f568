-- AlterEnum
ALTER TYPE "RetainedEventKind" ADD VALUE 'PROCESSING_TIME';

-- AlterTable
ALTER TABLE "RetainedCaseEvent" ADD COLUMN     "days" INTEGER,
ADD COLUMN     "measure" TEXT;
