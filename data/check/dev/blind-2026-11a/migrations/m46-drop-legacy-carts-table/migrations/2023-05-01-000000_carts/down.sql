DROP TABLE app.legacy_carts;
