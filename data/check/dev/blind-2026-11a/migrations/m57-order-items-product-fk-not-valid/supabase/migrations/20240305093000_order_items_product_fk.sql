set lock_timeout = '5s';

-- Step 1 of 2: enforce for new rows only; validated in the next migration.
alter table public.order_items
  add constraint order_items_product_id_fkey
  foreign key (product_id) references public.products (id)
  not valid;
