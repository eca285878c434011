import logging

import paramiko
import pika
import pymongo
from elasticsearch import Elasticsearch
from sqlalchemy import create_engine

log = logging.getLogger(__name__)

ENGINE = create_engine('mysql+pymysql://etl_reader:ZFGLtw5OQ6JZUquU@mysql.internal/sales', pool_pre_ping=True)  # tfl-eval: hardcoded-credential, hardcoded-backing-service
MONGO = pymongo.MongoClient('mongodb://etl:66rLFGiDxh0YBmTPMsZG@mongo-0.internal:27017/?authSource=admin')  # tfl-eval: hardcoded-credential, hardcoded-backing-service
SEARCH = Elasticsearch('https://search.internal:9200', basic_auth=('elastic', 'vWuTPoOuZo7oJrxjeAhl'))  # tfl-eval: hardcoded-credential, hardcoded-backing-service


def fetch_sftp_exports(host, path):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username='exports', password='Falcon31-nbo')  # tfl-eval: hardcoded-credential
    sftp = client.open_sftp()
    return sftp.listdir(path)


def publish(routing_key, body):
    credentials = pika.PlainCredentials('etl', 'Cobalt21!blo')  # tfl-eval: hardcoded-credential
    connection = pika.BlockingConnection(pika.ConnectionParameters('rabbitmq.internal', credentials=credentials))  # tfl-eval: hardcoded-backing-service
    channel = connection.channel()
    channel.basic_publish(exchange='etl', routing_key=routing_key, body=body)
    connection.close()
