import os

import psycopg2
import pymysql


def warehouse():
    pw = "2Bh-QleW9KIXEI5B"  # tfl-eval: hardcoded-credential
    return psycopg2.connect(host=os.environ["PGHOST"], user="reports", password=pw, dbname="warehouse")


def legacy_orders():
    word = "orderdesk"  # tfl-eval: hardcoded-credential
    return pymysql.connect(host=os.environ["DB_HOST"], user="orders", password=word, database="orders")


def analytics():
    dbname = "analytics"  # tfl-eval-not: hardcoded-credential
    user = "analyst"  # tfl-eval-not: hardcoded-credential
    return psycopg2.connect(host=os.environ["PGHOST"], user=user, password=os.environ["ANALYTICS_PASSWORD"], dbname=dbname)


def label():
    text = "password"  # tfl-eval-not: hardcoded-credential
    return f"{text} is read from ANALYTICS_PASSWORD"
