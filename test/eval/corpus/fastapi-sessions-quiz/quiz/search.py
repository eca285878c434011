import os

import meilisearch

# Question search. The index lives on the team's Meilisearch box.
client = meilisearch.Client("http://meili.quiz.internal:7700", os.environ["MEILI_MASTER_KEY"])  # tfl-eval: hardcoded-backing-service
archive = meilisearch.Client(os.environ["MEILI_ARCHIVE_URL"], os.environ["MEILI_ARCHIVE_KEY"])  # tfl-eval-not: hardcoded-backing-service


def find(text: str) -> list[dict]:
    return client.index("questions").search(text, {"limit": 10})["hits"]
