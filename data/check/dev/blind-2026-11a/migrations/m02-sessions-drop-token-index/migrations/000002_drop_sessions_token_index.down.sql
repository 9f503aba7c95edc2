CREATE INDEX IF NOT EXISTS sessions_token_hash_idx ON sessions (token_hash);
