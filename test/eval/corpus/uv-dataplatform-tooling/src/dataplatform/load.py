import argparse
import os

import boto3
import polars as pl
import psycopg


def main() -> None:
    parser = argparse.ArgumentParser(description="Load one day of events into the warehouse")
    parser.add_argument("--date", required=True)
    parser.add_argument("--token", default=os.environ.get("DP_API_TOKEN"), help="API token (default: $DP_API_TOKEN)")
    args = parser.parse_args()

    s3 = boto3.client("s3")
    obj = s3.get_object(Bucket=os.environ["DP_ARCHIVE_BUCKET"], Key=f"events/{args.date}.parquet")
    frame = pl.read_parquet(obj["Body"].read())
    with psycopg.connect(os.environ["DP_WAREHOUSE_URL"]) as conn:
        frame.write_database("events", connection=conn, if_table_exists="append")


if __name__ == "__main__":
    main()
