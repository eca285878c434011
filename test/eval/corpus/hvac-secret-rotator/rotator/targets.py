import docker
import pysftp
import winrm
import consul

# Windows file server whose service account we rotate; WinRM with NTLM over HTTPS.
winrm_session = winrm.Session("https://fs01.corp.example:5986/wsman", auth=("CORP\\svc-rotator", "1RxoQ99vPEz1TjDN"), transport="ntlm")  # tfl-eval: hardcoded-credential


def push_keyfile(host: str, local: str) -> None:
    cnopts = pysftp.CnOpts()
    with pysftp.Connection(host, username="rotator", password="hpSayxfBYWdVRK1R", cnopts=cnopts) as sftp:  # tfl-eval: hardcoded-credential
        sftp.put(local, "/etc/app/keys/current.pem")


def registry_login(client: docker.DockerClient) -> None:
    client.login(username="rotator", password="smEOns7Fl3K6KFR6", registry="registry.ops.internal")  # tfl-eval: hardcoded-credential


kv = consul.Consul(host="consul.ops.internal", token="25bb2d85-fd3c-9e18-3351-b3d744b69f37")  # tfl-eval: hardcoded-credential


def announce(version: str) -> None:
    kv.kv.put("rotator/last_version", version)
    kv.kv.put("rotator/password_policy", "length>=24")  # tfl-eval-not: hardcoded-credential
