SET lock_timeout = '5s';

ALTER TABLE app.orders ADD COLUMN gift_message text;

ALTER TABLE app.orders
    ADD CONSTRAINT orders_gift_message_length
    CHECK (char_length(gift_message) <= 500) NOT VALID;
