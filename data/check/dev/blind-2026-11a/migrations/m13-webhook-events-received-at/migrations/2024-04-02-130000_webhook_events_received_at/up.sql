set lock_timeout = '5s';
alter table webhook_events
    add column received_at timestamptz not null default clock_timestamp();
