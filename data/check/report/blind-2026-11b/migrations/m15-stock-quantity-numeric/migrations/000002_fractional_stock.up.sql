SET lock_timeout = '5s';

-- bulk goods (kg, litres) need fractional quantities
ALTER TABLE stock_levels
    ALTER COLUMN quantity TYPE numeric(14, 3) USING quantity::numeric(14, 3);
