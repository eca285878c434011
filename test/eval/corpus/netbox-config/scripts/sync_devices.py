import os

import pynetbox

NETBOX_URL = "https://netbox.dc1.example.net"
nb = pynetbox.api(NETBOX_URL, token="60450e8b222ce7381bf6aaa0c5978935a1b2c3d4")  # tfl-eval: hardcoded-credential


def sync() -> None:
    for device in nb.dcim.devices.filter(status="active"):
        print(device.name, device.primary_ip)


if __name__ == "__main__":
    sync()
