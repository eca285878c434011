import requests

SMS_API = "https://sms.example.cn/send"
SMS_USER = "clinic"
SMS_PASSWORD = "xyz"  # tfl-eval-not: hardcoded-credential
SMS_TEMPLATE = "abc123456"  # tfl-eval-not: hardcoded-credential


def send(phone, text, password=SMS_PASSWORD):
    return requests.post(SMS_API, data={"user": SMS_USER, "pwd": password, "to": phone, "msg": text})
