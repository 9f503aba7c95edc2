ALTER TABLE messages DROP COLUMN pinned_at;
