-- pg_stat_user_indexes shows 0 scans in 90 days
SET lock_timeout = '5s';
DROP INDEX CONCURRENTLY IF EXISTS messages_sender_id_idx;
