SET lock_timeout = '5s';

-- AlterTable
ALTER TABLE "Invoice" ALTER COLUMN "amountCents" SET DATA TYPE BIGINT;
