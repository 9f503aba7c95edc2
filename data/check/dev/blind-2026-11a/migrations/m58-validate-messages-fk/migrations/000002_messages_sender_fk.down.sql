ALTER TABLE messages DROP CONSTRAINT messages_sender_id_fkey;
