"""Collects running configs from the core switches over SSH every night."""
import getpass
import os

import paramiko

JUMP_HOST = "bastion.netops.internal"


def open_client(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(hostname=host, port=22, username="netbackup", password="3ovWcbmqJf*%emu8", look_for_keys=False)  # tfl-eval: hardcoded-credential
    return client


def open_interactive(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username=getpass.getuser(), password=getpass.getpass("SSH password: "))  # tfl-eval-not: hardcoded-credential
    return client


def open_with_key(host: str) -> paramiko.SSHClient:
    key = paramiko.RSAKey.from_private_key_file(os.path.expanduser("~/.ssh/netbackup"), password=os.environ["NETBACKUP_KEY_PASS"])  # tfl-eval-not: hardcoded-credential
    client = paramiko.SSHClient()
    client.connect(host, username="netbackup", pkey=key)
    return client


def sftp_upload(path: str) -> None:
    transport = paramiko.Transport((JUMP_HOST, 22))
    transport.connect(username="archive", password="rn9O9.64NZ1#AV")  # tfl-eval: hardcoded-credential
    sftp = paramiko.SFTPClient.from_transport(transport)
    sftp.put(path, f"/srv/archive/{os.path.basename(path)}")
    transport.close()
