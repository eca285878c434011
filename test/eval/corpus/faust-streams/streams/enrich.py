import maxminddb
import requests

IPQS_KEY = "coOuYvGrXnmc5pI0KMn1FP4Xtq3jjfma"  # tfl-eval: hardcoded-credential
GEO = maxminddb.open_database("/data/GeoLite2-Country.mmdb")


def ip_risk(ip: str) -> int:
    response = requests.get(f"https://ipqualityscore.com/api/json/ip/{IPQS_KEY}/{ip}", params={"strictness": 1}, timeout=2)
    return response.json().get("fraud_score", 0)


def country(ip: str) -> str | None:
    record = GEO.get(ip)
    return record and record["country"]["iso_code"]
