CREATE TABLE tags (
    id serial PRIMARY KEY,
    slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{1,64}$'),
    label text NOT NULL CHECK (char_length(label) <= 64),
    created_at timestamptz NOT NULL DEFAULT now()
);
