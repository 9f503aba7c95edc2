SET lock_timeout = '5s';
ALTER TABLE users
    ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;
