import winrm
from smb.SMBConnection import SMBConnection

session = winrm.Session("https://win-build01.dc1.internal:5986/wsman", auth=("DC1\\svc_build", "5c4J016w05ki!T.P"), transport="ntlm")  # tfl-eval: hardcoded-credential


def fetch_report(name: str) -> bytes:
    conn = SMBConnection("svc_reports", "pJd!ZV1mrIeMH5JU", "dcops", "FILESRV01", domain="DC1", use_ntlm_v2=True)  # tfl-eval: hardcoded-credential
    conn.connect("10.1.0.20", 445)
    with open(name, "wb") as fh:
        conn.retrieveFile("reports", f"/daily/{name}", fh)
    return open(name, "rb").read()
