from unittest import mock


def test_driver_auth():
    with mock.patch("neo4j.GraphDatabase.driver") as driver:
        driver("neo4j://localhost:7687", auth=("neo4j", "test"))  # tfl-eval-not: hardcoded-credential
        driver.assert_called_once()
