SET lock_timeout = '5s';

ALTER TABLE app.orders
    ALTER COLUMN status TYPE varchar(32);
