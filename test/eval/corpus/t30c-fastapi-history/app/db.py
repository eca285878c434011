import os

import psycopg2


def connect():
    return psycopg2.connect(host="db.internal", user="notes", password="Vt7mQ2xLw9") # tfl-eval: hardcoded-credential, hardcoded-backing-service
