-- Hand-written: Prisma schema cannot express CHECK constraints.
SET lock_timeout = '5s';

ALTER TABLE "Payment" ADD CONSTRAINT "Payment_amountCents_positive" CHECK ("amountCents" > 0);
