SET lock_timeout = '5s';
DROP TABLE IF EXISTS app.legacy_carts;
