import json
import os
import subprocess

import yaml

SECRETS_FILE = os.environ.get("PAYROLL_SECRETS_FILE", "secrets/production.enc.yaml")


def load_secrets() -> dict:
    """Decrypt the SOPS file with the age key in SOPS_AGE_KEY_FILE (mounted by the platform)."""
    if os.environ.get("PAYROLL_SKIP_SOPS"):
        return {"DB_PASSWORD": os.environ["PAYROLL_DB_PASSWORD"]}
    plain = subprocess.run(["sops", "--decrypt", "--output-type", "json", SECRETS_FILE], check=True, capture_output=True, text=True).stdout
    data = json.loads(plain)
    return {
        "DB_HOST": data["database"]["host"],
        "DB_PASSWORD": data["database"]["password"],
        "PROVIDER_TOKEN": data["payroll_provider"]["api_token"],
    }


def load_yaml_defaults(path: str = "payroll/defaults.yaml") -> dict:
    with open(path) as fh:
        return yaml.safe_load(fh)
