-- lock_timeout added by hand (see docs/migrations.md)
SET lock_timeout = '5s';

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "trackingNumber" TEXT,
ADD COLUMN     "shippedAt" TIMESTAMPTZ(3);
