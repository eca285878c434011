from fastapi.testclient import TestClient

from app.core.config import settings

TEST_PASSWORD = "Test-User-Pass-9"  # tfl-eval-not: hardcoded-credential


def user_authentication_headers(client: TestClient, email: str, password: str = TEST_PASSWORD) -> dict[str, str]:
    data = {"username": email, "password": password}
    r = client.post(f"{settings.API_V1_STR}/login/access-token", data=data)
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
