-- migrate:up
CREATE TABLE notification_templates (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel text NOT NULL CHECK (channel IN ('email', 'sms', 'push')),
    name text NOT NULL CHECK (char_length(name) <= 100),
    body text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (channel, name)
);

-- migrate:down
DROP TABLE notification_templates;
