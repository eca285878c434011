from ldap3 import ALL, SUBTREE, Connection, Server

GROUP_BASE = "ou=Groups,dc=corp,dc=example"


def connect(url: str, bind_dn: str, password: str) -> Connection:
    server = Server(url, use_ssl=True, get_info=ALL)
    return Connection(server, user=bind_dn, password=password, auto_bind=True)


def connect_readonly() -> Connection:
    """The replica accepts a read-only service bind for lookups from the helpdesk tool."""
    server = Server("ldaps://dc02.corp.example:636", use_ssl=True)
    return Connection(server, user="cn=helpdesk-ro,ou=Service Accounts,dc=corp,dc=example", password="nYazYXOLilasltRT", auto_bind=True)  # tfl-eval: hardcoded-credential


def members(conn: Connection, group: str) -> list[str]:
    conn.search(GROUP_BASE, f"(cn={group})", SUBTREE, attributes=["member"])
    return [str(m) for entry in conn.entries for m in entry.member]
