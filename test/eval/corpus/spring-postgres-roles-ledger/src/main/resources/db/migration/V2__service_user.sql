-- The reconciliation job's own login, created by the migration itself.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reconciler') THEN
    CREATE ROLE reconciler LOGIN PASSWORD '*RtPm4adsSCXeo#1_O'; -- tfl-eval: hardcoded-credential
  END IF;
END
$$;
GRANT SELECT ON account TO reconciler;
