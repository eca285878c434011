import snowflake.connector


def connect():
    # Service user for the reverse-ETL job; key-pair auth is tracked in DATA-412.
    return snowflake.connector.connect(
        user="REVERSE_ETL",
        password="zMvunT!TPBks#sWDt",  # tfl-eval: hardcoded-credential
        account="xy12345.eu-central-1",
        warehouse="TRANSFORM_WH",
        database="ANALYTICS",
    )
