SET lock_timeout = '5s';

-- now() is STABLE (evaluated once per statement), so this is a fast default: no rewrite.
ALTER TABLE api_keys
    ADD COLUMN last_rotated_at timestamptz NOT NULL DEFAULT now();
