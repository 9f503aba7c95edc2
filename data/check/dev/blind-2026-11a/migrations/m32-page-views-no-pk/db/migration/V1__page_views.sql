-- Raw analytics events, appended by the ingest worker.
CREATE TABLE page_views (
    visitor_id   uuid NOT NULL,
    path         text NOT NULL CHECK (char_length(path) <= 2048),
    referrer     text,
    viewed_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX page_views_viewed_at_idx ON page_views USING brin (viewed_at);
