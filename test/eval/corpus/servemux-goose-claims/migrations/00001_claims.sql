-- +goose Up
CREATE TABLE claims (
    id BIGSERIAL PRIMARY KEY,
    policy_no TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    filed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- +goose Down
DROP TABLE claims;
