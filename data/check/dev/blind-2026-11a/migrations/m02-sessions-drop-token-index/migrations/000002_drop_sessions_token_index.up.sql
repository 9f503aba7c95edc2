SET lock_timeout = '3s';

-- superseded by the unique index created in the auth service rewrite
DROP INDEX IF EXISTS sessions_token_hash_idx;
