SET lock_timeout = '5s';

ALTER TABLE users
    ADD COLUMN preferences jsonb NOT NULL DEFAULT '{}'::jsonb;

COMMENT ON COLUMN users.preferences IS 'UI preferences (theme, locale, timestamp display format)';
