import os

import requests
from twilio.rest import Client

SMS_API_URL = 'https://api.smsgateway.example/v1/messages'
SMS_API_USER = 'clinic'


def twilio_client():
    return Client(os.environ['TWILIO_ACCOUNT_SID'], os.environ.get('TWILIO_AUTH_TOKEN', 'bf08840ab2a6e2eaa047f28d619cabba'))  # tfl-eval: hardcoded-credential


def send_backup_sms(phone, body):
    response = requests.post(
        SMS_API_URL,
        auth=(SMS_API_USER, 'h26l5kjbYopY4mxuX4ntMnbl'),  # tfl-eval: hardcoded-credential
        json={'to': phone, 'body': body},
        timeout=10,
    )
    response.raise_for_status()
    return response.json()


def send_via_fallback(phone, body, password=None):
    token = os.getenv('FALLBACK_SMS_TOKEN', '')  # tfl-eval-not: hardcoded-credential
    headers = {'Authorization': f'Bearer {token}'}  # tfl-eval-not: hardcoded-credential
    return requests.post(SMS_API_URL, headers=headers, json={'to': phone, 'body': body}, timeout=10)
