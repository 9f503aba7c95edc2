-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "giftNote" TEXT;
