-- AlterTable
ALTER TABLE "CaseStatusChange" ADD COLUMN     "undoesId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "CaseStatusChange_undoesId_key" ON "CaseStatusChange"("undoesId");

-- AddForeignKey
ALTER TABLE "CaseStatusChange" ADD CONSTRAINT "CaseStatusChange_undoesId_fkey" FOREIGN KEY ("undoesId") REFERENCES "CaseStatusChange"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

