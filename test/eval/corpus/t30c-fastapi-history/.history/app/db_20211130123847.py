import psycopg2


def connect():
    return psycopg2.connect(host="localhost", user="notes", password="Vt7mQ2xLw9") # tfl-eval-not: hardcoded-credential
