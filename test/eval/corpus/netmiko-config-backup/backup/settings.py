import os

ENABLE_SECRET = os.environ.get("ENABLE_SECRET", "")  # tfl-eval-not: hardcoded-credential
CONFIG_DIR = os.environ.get("CONFIG_DIR", "/var/lib/netbackup/configs")
SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")
PASSWORD_PROMPT = "Password:"  # tfl-eval-not: hardcoded-credential
SECRET_PROMPT_PATTERN = r"[Pp]assword:\s*$"  # tfl-eval-not: hardcoded-credential
