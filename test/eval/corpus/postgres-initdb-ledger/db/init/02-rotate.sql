-- Rotated in March after the contractor left.
ALTER USER ledger_app WITH PASSWORD 'zr1imHpeYKAQ7q'; -- tfl-eval: hardcoded-credential
-- psql variables: the value is passed with -v at run time.
ALTER ROLE ledger_readonly PASSWORD :'readonly_password'; -- tfl-eval-not: hardcoded-credential
