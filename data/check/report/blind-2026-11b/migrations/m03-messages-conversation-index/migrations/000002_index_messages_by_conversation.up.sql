BEGIN;

SET LOCAL lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS messages_conversation_id_created_at_idx
    ON messages (conversation_id, created_at DESC);

COMMIT;
