import boto3
import requests

SECRET_NAME = 'prod/inventory/supplier-api'  # tfl-eval-not: hardcoded-credential
SUPPLIER_API_KEY_HEADER = 'X-Supplier-Key'  # tfl-eval-not: hardcoded-credential


def supplier_key():
    client = boto3.client('secretsmanager', region_name='eu-west-1')
    return client.get_secret_value(SecretId=SECRET_NAME)['SecretString']


def fetch_catalogue(page=1):
    response = requests.get(
        'https://api.supplier.example/catalogue',
        params={'page': page},
        headers={SUPPLIER_API_KEY_HEADER: supplier_key()},
        timeout=15,
    )
    return response.json()


def legacy_catalogue():
    return requests.get(
        'https://legacy.supplier.example/catalogue.xml',
        auth=('inventory', 'Velvet0843*9i1'),  # tfl-eval: hardcoded-credential
        timeout=30,
    ).text


class SlackNotifier:
    webhook_token = 'xoxb-011490171831-4315215601730-LtryaIFlfSxI8qs3sIOuwHtW'  # tfl-eval: hardcoded-credential

    def __init__(self, channel='#inventory'):
        self.channel = channel
