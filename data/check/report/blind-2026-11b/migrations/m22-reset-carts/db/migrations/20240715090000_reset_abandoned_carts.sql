-- migrate:up
SET lock_timeout = '5s';

-- carts from the old checkout are incompatible with the new pricing engine
TRUNCATE TABLE carts CASCADE;

-- migrate:down
SELECT 1;
