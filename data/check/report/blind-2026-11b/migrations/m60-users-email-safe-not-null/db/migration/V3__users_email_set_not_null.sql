SET lock_timeout = '5s';

-- Scans users under SHARE UPDATE EXCLUSIVE only.
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;

-- Postgres 12+ uses the validated CHECK to skip the full-table scan here.
ALTER TABLE users ALTER COLUMN email SET NOT NULL;

ALTER TABLE users DROP CONSTRAINT users_email_not_null;
