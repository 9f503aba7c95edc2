SET lock_timeout = '5s';

ALTER TABLE products
    ADD COLUMN weight_grams integer,
    ADD COLUMN length_mm integer,
    ADD COLUMN width_mm integer,
    ADD COLUMN height_mm integer,
    ADD COLUMN hs_code text;
