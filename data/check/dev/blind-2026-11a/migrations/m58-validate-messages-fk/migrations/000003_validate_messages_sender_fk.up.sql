SET lock_timeout = '5s';
-- VALIDATE only takes SHARE UPDATE EXCLUSIVE on messages; reads and writes continue.
ALTER TABLE messages VALIDATE CONSTRAINT messages_sender_id_fkey;
