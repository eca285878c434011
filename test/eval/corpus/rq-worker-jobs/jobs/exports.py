import csv
import io

import boto3

s3 = boto3.client("s3")
EXPORT_BUCKET = "jobs-exports"


def export_users(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["email", "plan"])
    writer.writeheader()
    writer.writerows({"email": row["email"], "plan": row["plan"]} for row in rows)
    key = "exports/users.csv"
    s3.put_object(Bucket=EXPORT_BUCKET, Key=key, Body=buffer.getvalue().encode())
    return key
