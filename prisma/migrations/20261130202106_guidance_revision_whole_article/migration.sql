-- AlterTable
ALTER TABLE "GuidanceRevision" ADD COLUMN     "isPublished" BOOLEAN,
ADD COLUMN     "lastReviewedOn" DATE,
ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "sources" TEXT,
ADD COLUMN     "topic" "GuidanceTopic";

