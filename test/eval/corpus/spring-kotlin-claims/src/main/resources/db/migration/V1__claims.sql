CREATE TABLE claim (
    id UUID PRIMARY KEY,
    policy_number VARCHAR(32) NOT NULL,
    amount NUMERIC(12, 2) NOT NULL,
    status VARCHAR(16) NOT NULL,
    payout_reference VARCHAR(64)
);
