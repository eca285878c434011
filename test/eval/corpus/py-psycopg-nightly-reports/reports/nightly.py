from reports.sources import warehouse


def run():
    with warehouse() as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day'")
        return cur.fetchone()[0]


if __name__ == "__main__":
    print(run())
