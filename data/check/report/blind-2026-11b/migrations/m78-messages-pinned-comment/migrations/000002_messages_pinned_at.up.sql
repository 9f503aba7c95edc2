SET SESSION lock_timeout = '10s';

ALTER TABLE messages ADD COLUMN pinned_at timestamptz;

COMMENT ON COLUMN messages.pinned_at IS 'When a moderator pinned the message; NULL = not pinned';
