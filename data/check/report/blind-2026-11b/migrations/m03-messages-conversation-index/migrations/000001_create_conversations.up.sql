CREATE TABLE conversations (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject     text CHECK (char_length(subject) <= 300),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE messages (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id  bigint NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    sender_id        bigint NOT NULL,
    body             text NOT NULL CHECK (char_length(body) <= 20000),
    created_at       timestamptz NOT NULL DEFAULT now(),
    edited_at        timestamptz
);
