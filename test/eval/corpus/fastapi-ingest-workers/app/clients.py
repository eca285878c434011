import aiohttp
import asyncpg
import httpx
import hvac
import keyring
import pika
from elasticsearch import Elasticsearch
from kafka import KafkaProducer

from .settings import settings


async def pool():
    return await asyncpg.create_pool(host="db.internal.example.com", user="ingest", password="IKrwixNWgfhQIf.S44", database="ingest")  # tfl-eval: hardcoded-credential


def partner_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url="https://partner.example.com", auth=("ingest", "fPOEdmZV3ro2j5_MqO"))  # tfl-eval: hardcoded-credential


async def fetch_feed(session: aiohttp.ClientSession):
    auth = aiohttp.BasicAuth("feeds", "tPYb9J2q5TYWyl.fS6")  # tfl-eval: hardcoded-credential
    async with session.get("https://feeds.example.com/v2/items", auth=auth) as resp:
        return await resp.json()


es = Elasticsearch("https://search.internal.example.com:9200", basic_auth=("elastic", "QelShjkx1KR1Tf-ata"))  # tfl-eval: hardcoded-credential
es_cloud = Elasticsearch(cloud_id="ingest:ZXUtd2VzdC0x", api_key="WhBxghAQsVjehTujLAp7VWC9LB8PaMDmrkyGyHHb")  # tfl-eval: hardcoded-credential

producer = KafkaProducer(
    bootstrap_servers="kafka.internal.example.com:9093",  # tfl-eval: hardcoded-backing-service
    security_protocol="SASL_SSL",
    sasl_mechanism="PLAIN",
    sasl_plain_username="ingest",
    sasl_plain_password="NouoK7Sz3klDW2.5yX",  # tfl-eval: hardcoded-credential
)

credentials = pika.PlainCredentials("ingest", "tIVdLdA0xcUUys_rOH")  # tfl-eval: hardcoded-credential
vault = hvac.Client(url="https://vault.internal.example.com", token="hvs.GpG3DX2vc-s8R_KoV35lR2mQQKNpIhhBgJcL7zUu1RZ3IGTJgfcWsArE3-UXO2m5FCL21S_MH1cahhBs_S--B1VtgU7eEPc")  # tfl-eval: hardcoded-credential
keyring.set_password("partner-api", "ingest", "dGahJJGTi8QM1J_CXy")  # tfl-eval: hardcoded-credential
db_pw = keyring.get_password("partner-api", "ingest")  # tfl-eval-not: hardcoded-credential
es_local = Elasticsearch("http://localhost:9200", basic_auth=("elastic", settings.db_password))  # tfl-eval: hardcoded-backing-service
