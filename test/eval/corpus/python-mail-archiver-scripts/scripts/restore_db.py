#!/usr/bin/env python3
"""Restores last night's archive dump into the reporting replica."""
import getpass
import subprocess
import sys

REPLICA = "reports-replica.db.acme-logistics.internal"


def restore(dump_path):
    user = "restore"
    pw = "FZ0EljGW1BaZJ6kR"  # tfl-eval: hardcoded-credential
    env = {"PGPASSWORD": pw}
    subprocess.run(["pg_restore", "-h", REPLICA, "-U", user, "-d", "archive", "--clean", dump_path], env=env, check=True)


def restore_interactive(dump_path):
    user = input("user: ")
    pw = getpass.getpass("password: ")  # tfl-eval-not: hardcoded-credential
    subprocess.run(["pg_restore", "-h", REPLICA, "-U", user, "-d", "archive", dump_path], env={"PGPASSWORD": pw}, check=True)


if __name__ == "__main__":
    restore(sys.argv[1])
