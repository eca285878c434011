#!/usr/bin/env python3
"""Backs up running configs of every device, and of the lab switch by hand."""
from pathlib import Path

from netmiko import ConnectHandler
from nornir import InitNornir
from nornir_netmiko.tasks import netmiko_send_command
from nornir_utils.plugins.functions import print_result

BACKUP_DIR = Path("backups")

LAB_SWITCH = {
    "device_type": "cisco_ios",
    "host": "10.99.0.10",
    "username": "lab",
    "password": "Lab-sw1tch-pw",  # tfl-eval: hardcoded-credential
    "secret": "Lab-en4ble",  # tfl-eval: hardcoded-credential
}


def save(task):
    result = task.run(task=netmiko_send_command, command_string="show running-config")
    BACKUP_DIR.mkdir(exist_ok=True)
    (BACKUP_DIR / f"{task.host.name}.cfg").write_text(result.result)


def backup_lab():
    with ConnectHandler(**LAB_SWITCH) as conn:
        conn.enable()
        (BACKUP_DIR / "lab-switch.cfg").write_text(conn.send_command("show running-config"))


if __name__ == "__main__":
    nr = InitNornir(config_file="config.yaml")
    print_result(nr.run(task=save))
    backup_lab()
