import requests
from dagster import ConfigurableResource


class MeterApiResource(ConfigurableResource):
    base_url: str
    api_key: str
    timeout_seconds: int = 30

    def readings(self, substation_id: str, since: str) -> list[dict]:
        response = requests.get(
            f"{self.base_url}/substations/{substation_id}/readings",
            params={"since": since},
            headers={"X-Api-Key": self.api_key},
            timeout=self.timeout_seconds,
        )
        response.raise_for_status()
        return response.json()["readings"]
