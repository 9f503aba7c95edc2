CREATE TABLE coupons (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code text,
    percent_off numeric(5, 2),
    amount_off_minor bigint,
    currency text,
    valid_until timestamptz
);

-- Tightened after review; the table is created above, in this same file, and is empty.
ALTER TABLE coupons ALTER COLUMN code SET NOT NULL;
ALTER TABLE coupons ADD CONSTRAINT coupons_code_key UNIQUE (code);
ALTER TABLE coupons ADD CONSTRAINT coupons_code_length CHECK (char_length(code) <= 32);
ALTER TABLE coupons ADD CONSTRAINT coupons_one_discount
    CHECK ((percent_off IS NULL) <> (amount_off_minor IS NULL));

CREATE INDEX coupons_valid_until_idx ON coupons (valid_until);
