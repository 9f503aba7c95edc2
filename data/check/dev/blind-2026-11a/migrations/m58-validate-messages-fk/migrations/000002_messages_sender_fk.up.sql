SET lock_timeout = '5s';
ALTER TABLE messages
    ADD CONSTRAINT messages_sender_id_fkey FOREIGN KEY (sender_id)
    REFERENCES participants (id) NOT VALID;
