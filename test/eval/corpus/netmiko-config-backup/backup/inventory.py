"""Devices whose running config is pulled every night."""
from getpass import getpass

CORE_SWITCH = {
    "device_type": "cisco_ios",
    "host": "10.20.0.1",
    "username": "netbackup",  # tfl-eval-not: hardcoded-credential
    "password": "dBAUPlNQfsudf9cH",  # tfl-eval: hardcoded-credential
    "secret": "ddNd5uut7dk5VYKl",  # tfl-eval: hardcoded-credential
    "port": 22,
}

EDGE_FIREWALL = {
    "device_type": "paloalto_panos",
    "host": "10.20.0.254",
    "username": "netbackup",
    "password": getpass("firewall password: "),  # tfl-eval-not: hardcoded-credential
}

# Junos boxes authenticate with the backup user's key; no password is sent.
JUNOS_ROUTERS = [
    {"device_type": "juniper_junos", "host": f"10.20.1.{n}", "username": "netbackup", "use_keys": True, "key_file": "~/.ssh/netbackup_ed25519"}  # tfl-eval-not: hardcoded-credential
    for n in range(1, 5)
]

DEVICES = [CORE_SWITCH, EDGE_FIREWALL, *JUNOS_ROUTERS]
