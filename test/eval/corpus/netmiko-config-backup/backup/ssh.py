import paramiko


def fetch_file(host: str, remote: str, local: str) -> None:
    """Copies a file off a Linux jump host that has no key installed for us yet."""
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(hostname=host, username="svc-netbackup", password="ZuBNNPu4Wuq284jx", look_for_keys=False)  # tfl-eval: hardcoded-credential
    try:
        sftp = client.open_sftp()
        sftp.get(remote, local)
    finally:
        client.close()


def transport_login(host: str, key_path: str) -> paramiko.Transport:
    transport = paramiko.Transport((host, 22))
    key = paramiko.Ed25519Key.from_private_key_file(key_path, password=None)  # tfl-eval-not: hardcoded-credential
    transport.connect(username="svc-netbackup", pkey=key)
    return transport
