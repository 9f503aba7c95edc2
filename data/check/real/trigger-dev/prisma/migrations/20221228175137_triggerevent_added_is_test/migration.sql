-- AlterTable
ALTER TABLE "TriggerEvent" ADD COLUMN     "isTest" BOOLEAN NOT NULL DEFAULT false;
