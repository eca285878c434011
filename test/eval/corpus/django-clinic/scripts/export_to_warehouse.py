"""One-off export of appointment stats to the analytics warehouse."""
import os

import psycopg2
import boto3

conn = psycopg2.connect(
    host=os.environ['WAREHOUSE_HOST'],
    dbname='analytics',
    user='exporter',
    password='Maple27-yi0',  # tfl-eval: hardcoded-credential
)

s3 = boto3.client(
    's3',
    aws_access_key_id='AKIAZ6F6SZYKNMRFLGP3',  # tfl-eval: hardcoded-credential
    aws_secret_access_key='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',  # tfl-eval: hardcoded-credential
)

with conn.cursor() as cursor:
    cursor.execute('SELECT count(*) FROM appointments')
    s3.put_object(Bucket='clinic-exports', Key='count.txt', Body=str(cursor.fetchone()[0]))
