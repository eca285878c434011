# How to connect to the reporting database from a notebook (docs snippet).
import psycopg2

conn = psycopg2.connect(host="localhost", user="analyst", password="Quartz-Lantern-77")  # tfl-eval-not: hardcoded-credential
