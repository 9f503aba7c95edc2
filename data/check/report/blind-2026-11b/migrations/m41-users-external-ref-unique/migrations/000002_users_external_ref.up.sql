SET lock_timeout = '5s';

-- id from the SSO provider
ALTER TABLE users ADD COLUMN external_ref text UNIQUE;
