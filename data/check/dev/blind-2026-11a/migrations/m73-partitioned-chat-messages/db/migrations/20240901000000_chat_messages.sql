-- migrate:up
CREATE TABLE chat_messages (
    id           bigint GENERATED ALWAYS AS IDENTITY,
    channel_id   uuid NOT NULL,
    author_id    uuid NOT NULL,
    body         text NOT NULL CHECK (char_length(body) <= 4000),
    sent_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, sent_at)
) PARTITION BY RANGE (sent_at);

CREATE TABLE chat_messages_2024_09 PARTITION OF chat_messages
    FOR VALUES FROM ('2024-09-01 00:00:00+00') TO ('2024-10-01 00:00:00+00');
CREATE TABLE chat_messages_2024_10 PARTITION OF chat_messages
    FOR VALUES FROM ('2024-10-01 00:00:00+00') TO ('2024-11-01 00:00:00+00');

CREATE INDEX chat_messages_channel_sent_at_idx ON chat_messages (channel_id, sent_at DESC);

-- migrate:down
DROP TABLE chat_messages;
