from elasticsearch import Elasticsearch

es = Elasticsearch("http://es-prod-01.courses.internal:9200", request_timeout=5)  # tfl-eval: hardcoded-backing-service

INDEX = "courses"


def search_courses(query: str) -> list[dict]:
    if not query:
        return []
    result = es.search(index=INDEX, query={"multi_match": {"query": query, "fields": ["title^2", "summary"]}})
    return [hit["_source"] for hit in result["hits"]["hits"]]
