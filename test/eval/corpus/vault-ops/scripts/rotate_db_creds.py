import hvac
import psycopg

VAULT_ADDR = "https://vault.ops.internal:8200"
vault = hvac.Client(url=VAULT_ADDR, token="hvs.24FXHFzW3OuGYo8HuzJe2fww47VEVdYG6t0wXgTNfvPBFCLDl3qNN29anqfCiW9Gb38KTQ4P82jfX9V1VqajOl30")  # tfl-eval: hardcoded-credential


def rotate(role: str) -> None:
    creds = vault.secrets.database.generate_credentials(name=role)["data"]  # tfl-eval-not: hardcoded-credential
    with psycopg.connect(host="pg.ops.internal", user=creds["username"], password=creds["password"], dbname="app") as conn:  # tfl-eval-not: hardcoded-credential
        conn.execute("select 1")
    print(f"rotated {role}: lease ok")


if __name__ == "__main__":
    for role in ("app-readonly", "app-readwrite"):
        rotate(role)
