import csv
import io
import json
import os

import boto3
import pymysql

REPORTS_BUCKET = os.environ.get('REPORTS_BUCKET', 'acme-reports')
session = boto3.session.Session(
    aws_access_key_id='AKIABQKDVTYLSEYNSIG4',  # tfl-eval: hardcoded-credential
    aws_secret_access_key='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',  # tfl-eval: hardcoded-credential
    region_name='eu-west-1',
)


def connection():
    return pymysql.connect(
        host=os.environ['DB_HOST'],
        user='reports',
        password=os.environ.get('DB_PASSWORD', 'Saffron02_oz9'),  # tfl-eval: hardcoded-credential
        database='acme',
        cursorclass=pymysql.cursors.DictCursor,
    )


def lambda_handler(event, context):
    with connection().cursor() as cursor:
        cursor.execute('SELECT id, total FROM orders WHERE created_at > %s', (event['since'],))
        rows = cursor.fetchall()
    buffer = io.StringIO()
    csv.DictWriter(buffer, fieldnames=['id', 'total']).writerows(rows)
    session.client('s3').put_object(Bucket=REPORTS_BUCKET, Key=f"orders-{event['since']}.csv", Body=buffer.getvalue())
    return {'statusCode': 200, 'body': json.dumps({'rows': len(rows)})}
