"""Print a fresh key for SECRET_KEY; paste it into the deployment's secret store."""
import secrets

if __name__ == "__main__":
    secret_key = secrets.token_hex(32)  # tfl-eval-not: per-process-secret
    print(f"SECRET_KEY={secret_key}")
