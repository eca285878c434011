import os
import time

METER_DIR = os.environ.get("METER_DIR", "/sys/class/meters")


def current_readings():
    readings = {}
    for name in sorted(os.listdir(METER_DIR)):
        with open(os.path.join(METER_DIR, name, "value")) as handle:
            readings[name] = float(handle.read().strip())
    readings["scraped_at"] = time.time()
    return readings
