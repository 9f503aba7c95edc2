SET lock_timeout = '5s';

CREATE TYPE fulfilment_state AS ENUM ('queued', 'picking', 'packed', 'handed_over');

CREATE TABLE fulfilment_tasks (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id      bigint NOT NULL REFERENCES orders (id),
    state         fulfilment_state NOT NULL DEFAULT 'queued',
    assignee      text CHECK (char_length(assignee) <= 100),
    due_by        timestamptz NOT NULL,
    completed_at  timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX fulfilment_tasks_state_due_by_idx ON fulfilment_tasks (state, due_by);
CREATE INDEX fulfilment_tasks_order_id_idx ON fulfilment_tasks (order_id);
