alter table webhook_events drop column received_at;
