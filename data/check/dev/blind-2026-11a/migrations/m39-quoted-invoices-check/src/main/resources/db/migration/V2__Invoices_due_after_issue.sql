SET LOCK_TIMEOUT = '5s';

ALTER TABLE "billing"."Invoices"
    ADD CONSTRAINT "Invoices_DueAfterIssue" CHECK ("DueAt" >= "IssuedAt");
