ALTER TABLE stock_levels ALTER COLUMN quantity TYPE integer USING round(quantity)::integer;
