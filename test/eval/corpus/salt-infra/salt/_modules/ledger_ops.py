"""Custom execution module: salt 'web*' ledger_ops.rotate_backups"""
import logging

import boto3

log = logging.getLogger(__name__)

__virtualname__ = "ledger_ops"

BACKUP_BUCKET = "ledger-pg-backups"
_ACCESS_KEY = "AKIA5HJTW3N3W7KUSUU4"  # tfl-eval: hardcoded-credential
_SECRET_KEY = "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"  # tfl-eval: hardcoded-credential


def __virtual__():
    return __virtualname__


def rotate_backups(keep=14):
    s3 = boto3.client("s3", aws_access_key_id=_ACCESS_KEY, aws_secret_access_key=_SECRET_KEY)
    objects = sorted(s3.list_objects_v2(Bucket=BACKUP_BUCKET)["Contents"], key=lambda o: o["LastModified"])
    for obj in objects[:-keep]:
        log.info("removing %s", obj["Key"])
        s3.delete_object(Bucket=BACKUP_BUCKET, Key=obj["Key"])
    return len(objects[:-keep])


def db_password_ok(user, password):
    """Called by the monitoring state: True when the given password logs in."""
    import psycopg2

    try:
        psycopg2.connect(host="127.0.0.1", dbname="ledger", user=user, password=password).close()  # tfl-eval: hardcoded-backing-service
        return True
    except psycopg2.OperationalError:
        return False
