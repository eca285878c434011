import pathlib

from netmiko import ConnectHandler

from backup.inventory import DEVICES
from backup.notify import send_report
from backup.settings import CONFIG_DIR


def main() -> None:
    failed = []
    for device in DEVICES:
        try:
            with ConnectHandler(**device) as conn:
                conn.enable()
                config = conn.send_command("show running-config")
            pathlib.Path(CONFIG_DIR, f"{device['host']}.cfg").write_text(config)
        except Exception as exc:  # noqa: BLE001 - one bad device must not stop the run
            failed.append(f"{device['host']}: {exc}")
    send_report(failed)


if __name__ == "__main__":
    main()
