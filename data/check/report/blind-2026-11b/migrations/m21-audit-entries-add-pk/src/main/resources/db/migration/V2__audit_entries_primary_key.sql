SET lock_timeout = '5s';

ALTER TABLE audit_entries ADD PRIMARY KEY (id);
