-- migrate:up transaction:false
SET lock_timeout = '5s';
SET maintenance_work_mem = '512MB';

CREATE INDEX CONCURRENTLY IF NOT EXISTS messages_body_fts_idx
    ON messages USING gin (to_tsvector('simple', body));

CREATE INDEX CONCURRENTLY IF NOT EXISTS messages_edited_at_idx
    ON messages (edited_at)
    WHERE edited_at IS NOT NULL;

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY IF EXISTS messages_edited_at_idx;
DROP INDEX CONCURRENTLY IF EXISTS messages_body_fts_idx;
