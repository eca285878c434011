"""Pushes the monthly archive export to the auditor's SFTP drop."""
import paramiko

HOST = "sftp.auditors.example"
login, pw = "acme-export", "yL6iUwN8Hmvp6a8O"  # tfl-eval: hardcoded-credential


def push(local_path, remote_name):
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=login, password=pw)
    with paramiko.SFTPClient.from_transport(transport) as sftp:
        sftp.put(local_path, f"/incoming/{remote_name}")
    transport.close()


def summary(results):
    user = "export"
    pw = None  # tfl-eval-not: hardcoded-credential
    passed = sum(1 for r in results if r.ok)
    return f"{user}: {passed}/{len(results)} pushed" + ("" if pw is None else "")
