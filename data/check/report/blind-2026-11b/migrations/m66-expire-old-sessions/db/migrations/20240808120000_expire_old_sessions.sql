-- migrate:up
-- One-off cleanup: sessions already expired for a month are dead weight.
DELETE FROM sessions
WHERE expires_at < now() - interval '30 days';

-- migrate:down
-- irreversible data cleanup
SELECT 1;
