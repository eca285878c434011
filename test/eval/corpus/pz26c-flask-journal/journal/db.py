import psycopg2


def connect(url):
    return psycopg2.connect(url)
