CREATE TABLE account (
    id          UUID PRIMARY KEY,
    owner       TEXT NOT NULL,
    api_secret  TEXT, -- tfl-eval-not: hardcoded-credential
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON COLUMN account.api_secret IS 'The partner secret, encrypted with the KMS key'; -- tfl-eval-not: hardcoded-credential
