import psycopg2

TEST_DB_HOST = "localhost"


def test_connect():
    conn = psycopg2.connect(host=TEST_DB_HOST, dbname="inventory_test", user="postgres", password="postgres")
    assert conn.closed == 0
