ALTER TABLE products
    DROP COLUMN hs_code,
    DROP COLUMN height_mm,
    DROP COLUMN width_mm,
    DROP COLUMN length_mm,
    DROP COLUMN weight_grams;
