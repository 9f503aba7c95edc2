-- AlterTable
ALTER TABLE "ExternalSource" ADD COLUMN     "manualRegistration" BOOLEAN NOT NULL DEFAULT false;
