SET lock_timeout = '5s';

-- index was built concurrently in 000002; attaching it is a catalog-only change
ALTER TABLE audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY USING INDEX audit_log_id_key;
