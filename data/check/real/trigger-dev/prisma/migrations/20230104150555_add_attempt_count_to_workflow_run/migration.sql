-- AlterTable
ALTER TABLE "WorkflowRun" ADD COLUMN     "attemptCount" INTEGER NOT NULL DEFAULT 0;
