import os

from neo4j import GraphDatabase

URI = os.environ.get("NEO4J_URI", "neo4j://graph:7687")  # tfl-eval-not: hardcoded-backing-service (a one-label service name in an env default is information since round 25, one policy with Spring)

driver = GraphDatabase.driver(URI, auth=("neo4j", "KlTWZ5Dheub*DS0O%o"))  # tfl-eval: hardcoded-credential
readonly = GraphDatabase.driver(URI, auth=(os.environ["NEO4J_USER"], os.environ["NEO4J_PASSWORD"]))  # tfl-eval-not: hardcoded-credential


def related_accounts(account_id: str) -> list[str]:
    with driver.session(database="fraud") as session:
        rows = session.run("MATCH (a:Account {id: $id})-[:SHARES_DEVICE]-(b) RETURN b.id AS id", id=account_id)
        return [row["id"] for row in rows]
