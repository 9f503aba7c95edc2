CREATE TABLE contacts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email varchar(255) NOT NULL,
    first_name varchar(100),
    last_name varchar(100),
    phone text CHECK (char_length(phone) <= 32),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX contacts_email_key ON contacts (lower(email));
