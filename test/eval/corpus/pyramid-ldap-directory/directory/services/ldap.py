"""Looks people up in the corporate directory."""
from ldap3 import ALL, Connection, Server

SERVER = Server("ldaps://ldap.corp.example.net", get_info=ALL, use_ssl=True)
BIND_DN = "cn=svc-directory,ou=services,dc=corp,dc=example,dc=net"


def bind() -> Connection:
    return Connection(SERVER, BIND_DN, "IoHOtPVRnYGeYR", auto_bind=True)  # tfl-eval: hardcoded-credential


def bind_as(user_dn: str, password: str) -> Connection:
    # The user's own password, typed at the login form: a parameter, not a literal.
    return Connection(SERVER, user=user_dn, password=password, auto_bind=True)


def readonly() -> Connection:
    return Connection(SERVER, user="cn=reader,dc=corp,dc=example,dc=net", password="a0GcZXgD5IANi8F")  # tfl-eval: hardcoded-credential
