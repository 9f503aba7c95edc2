set lock_timeout to '2s';
set statement_timeout to '15s';

alter table orders
    add column coupon_code text,
    add column discount_minor bigint not null default 0;
