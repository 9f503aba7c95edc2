-- Expand step of username -> display_name (contract ships in a later release,
-- after the backfill job has run and all readers use display_name).
SET lock_timeout = '5s';

ALTER TABLE users ADD COLUMN display_name text;

CREATE OR REPLACE FUNCTION users_sync_display_name() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.display_name IS NULL THEN
        NEW.display_name := NEW.username;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER users_sync_display_name
    BEFORE INSERT OR UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION users_sync_display_name();
