import os

import MySQLdb
import pymysql
from MySQLdb import _mysql


def raw_connection():
    conn = _mysql.connect("db.internal", "warehouse", "JY7zujildcKjqVhR", "warehouse")  # tfl-eval: hardcoded-credential
    conn.query("SELECT 1")
    return conn


def env_connection():
    return _mysql.connect(os.environ["DB_HOST"], os.environ["DB_USER"], os.environ["DB_PASSWORD"], "warehouse")


def local_connection():
    # the local database's login as its password
    return MySQLdb.connect("localhost", "warehouse", "warehouse", "warehouse")


def report_connection():
    return pymysql.connect("reports.internal", "reporter", os.environ["REPORT_DB_PASSWORD"], "reports")
