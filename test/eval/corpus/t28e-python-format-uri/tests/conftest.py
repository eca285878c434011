TEST_DB_HOST = "127.0.0.1"
TEST_DATABASE_URL = "postgresql://test:test@%s:5432/reports_test" % TEST_DB_HOST  # tfl-eval-not: hardcoded-backing-service
