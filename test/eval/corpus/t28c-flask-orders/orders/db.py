import os

import psycopg2
import pymysql

# Legacy shop database (MySQL), opened the old positional way.
legacy = pymysql.connect("10.20.0.14", "orders", "SmbPvFUWVNFw5hF2YRqOj", "loja")  # tfl-eval: hardcoded-credential

# Reporting warehouse (Postgres), libpq keyword string.
warehouse = psycopg2.connect("host=wh.internal dbname=reports user=etl password=Qk7vTz2LmN9xWp4R")  # tfl-eval: hardcoded-credential, hardcoded-backing-service

# The dev database on this machine, no password.
dev = pymysql.connect("localhost", "root", "", "loja_dev")  # tfl-eval-not: hardcoded-credential
live = psycopg2.connect(os.environ["DATABASE_URL"])  # tfl-eval-not: hardcoded-credential
