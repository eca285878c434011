import os

import psycopg2
import pymysql


def warehouse():
    return psycopg2.connect(
        host=os.environ["WAREHOUSE_HOST"],
        dbname="warehouse",
        user="reports",
        # tfl-eval-next-line: hardcoded-credential
        password="password",
    )


def legacy_shop():
    return pymysql.connect(
        host=os.environ["SHOP_DB_HOST"],
        user="root",
        # tfl-eval-next-line: hardcoded-credential
        password="secret",
        database="shop",
        charset="utf8mb4",
    )


def audit_log():
    return psycopg2.connect(
        host=os.environ["AUDIT_HOST"],
        dbname="audit",
        user=os.environ["AUDIT_USER"],
        # tfl-eval-not: hardcoded-credential
        password=os.environ["AUDIT_PASSWORD"],
    )
