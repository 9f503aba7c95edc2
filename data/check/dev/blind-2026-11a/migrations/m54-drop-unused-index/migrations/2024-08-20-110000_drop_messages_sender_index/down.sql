SET lock_timeout = '5s';
CREATE INDEX CONCURRENTLY IF NOT EXISTS messages_sender_id_idx ON messages (sender_id);
