import click
import httpx


@click.command()
@click.option("--api-url", default="https://mentoring.acme-edu.example/api")
@click.option("--api-token", default="B62qsgrQbZ0D8RA5AHcJZ7nJnTPyorK0J20HWSvw", envvar="MENTORING_API_TOKEN", help="Admin API token.")  # tfl-eval: hardcoded-credential
@click.option("--password", prompt=True, hide_input=True, help="Your password.")  # tfl-eval-not: hardcoded-credential
def promote(api_url: str, api_token: str, password: str) -> None:
    httpx.post(f"{api_url}/admin/promote", headers={"Authorization": f"Bearer {api_token}"}, json={"password": password})


if __name__ == "__main__":
    promote()
