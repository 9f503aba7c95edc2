alter table orders drop column discount_minor, drop column coupon_code;
