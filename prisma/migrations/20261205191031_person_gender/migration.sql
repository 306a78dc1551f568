-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('WOMAN', 'MAN', 'OTHER');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "gender" "Gender" NOT NULL DEFAULT 'OTHER';

-- AlterTable
ALTER TABLE "HouseholdMember" ADD COLUMN     "gender" "Gender" NOT NULL DEFAULT 'OTHER';

