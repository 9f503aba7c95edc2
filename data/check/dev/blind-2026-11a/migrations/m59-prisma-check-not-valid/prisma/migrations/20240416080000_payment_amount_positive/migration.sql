-- Hand-written (Prisma cannot model CHECK constraints).
-- NOT VALID: existing rows are validated in the next migration.
SET lock_timeout = '5s';

ALTER TABLE "Payment"
  ADD CONSTRAINT "Payment_amountCents_positive" CHECK ("amountCents" > 0) NOT VALID;
