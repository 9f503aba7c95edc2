SET lock_timeout = '5s';

ALTER TABLE users RENAME COLUMN username TO handle;
