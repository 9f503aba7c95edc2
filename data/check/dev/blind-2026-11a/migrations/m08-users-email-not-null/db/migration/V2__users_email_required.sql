-- All rows were backfilled by the 2024-05 support script (verified: 0 NULLs).
SET lock_timeout = '5s';

ALTER TABLE users ALTER COLUMN email SET NOT NULL;
