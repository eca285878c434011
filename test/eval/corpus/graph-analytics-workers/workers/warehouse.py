import os

import mysql.connector
import pyodbc
import redis
from elasticsearch import Elasticsearch
from minio import Minio
from pymongo import MongoClient

legacy = mysql.connector.connect(
    host=os.environ["LEGACY_DB_HOST"],
    user="report_reader",
    password="A5YjSCuwuj3fd_",  # tfl-eval: hardcoded-credential
    database="crm",
)

MSSQL = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    f"SERVER={os.environ['MSSQL_HOST']};DATABASE=Sales;"
    "UID=etl_user;PWD=yhWK-Z1FgK**!Jje;Encrypt=yes"  # tfl-eval: hardcoded-credential
)
TRUSTED = "DRIVER={ODBC Driver 18 for SQL Server};SERVER=localhost;DATABASE=Sales;Trusted_Connection=yes"  # tfl-eval-not: hardcoded-credential


def sales_cursor():
    return pyodbc.connect(MSSQL).cursor()


cache = redis.Redis(host=os.environ["REDIS_HOST"], port=6379, password="nOxeo5CkWwfYiSuyZyFK3PNp4Cvhx7h7", db=2)  # tfl-eval: hardcoded-credential
mongo = MongoClient(os.environ["MONGO_HOST"], username="analytics", password="8kaNM8yO-mP7Jmr_9N", authSource="admin")  # tfl-eval: hardcoded-credential
search = Elasticsearch(os.environ["ES_URL"], basic_auth=("elastic", "0xyNVwj7V7T9eVoeiJne"))  # tfl-eval: hardcoded-credential
search_keyed = Elasticsearch(os.environ["ES_URL"], api_key=os.environ["ES_API_KEY"])  # tfl-eval-not: hardcoded-credential
store = Minio(
    os.environ["MINIO_ENDPOINT"],
    access_key="QINRM1UGV274JM46VGUI",  # tfl-eval-not: hardcoded-credential
    secret_key="8JibybSKrjv5L8lQ3yDTTcNshLJIdffxbV9kVJ3E",  # tfl-eval: hardcoded-credential
    secure=True,
)
