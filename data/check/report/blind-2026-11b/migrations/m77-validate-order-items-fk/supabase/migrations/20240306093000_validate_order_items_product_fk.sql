set lock_timeout = '5s';

alter table public.order_items validate constraint order_items_product_id_fkey;
