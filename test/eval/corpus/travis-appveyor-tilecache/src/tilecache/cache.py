import logging

import boto3
import redis
import requests

from .config import UPSTREAM_TOKEN, Settings

log = logging.getLogger(__name__)


class TileCache:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.s3 = boto3.client(
            "s3",
            aws_access_key_id=self.settings.access_key or None,
            aws_secret_access_key=self.settings.secret_key or None,
        )
        self.hot = redis.Redis.from_url(self.settings.redis_url)

    def get(self, tileset: str, z: int, x: int, y: int) -> bytes:
        key = f"{tileset}/{z}/{x}/{y}.mvt"
        cached = self.hot.get(key)
        if cached is not None:
            return cached
        tile = self._fetch(tileset, z, x, y)
        self.s3.put_object(Bucket=self.settings.bucket, Key=key, Body=tile)
        self.hot.setex(key, 3600, tile)
        return tile

    def _fetch(self, tileset: str, z: int, x: int, y: int) -> bytes:
        url = self.settings.upstream.format(tileset=tileset, z=z, x=x, y=y)
        response = requests.get(url, params={"access_token": UPSTREAM_TOKEN}, timeout=10)
        response.raise_for_status()
        log.info("fetched %s/%s/%s/%s", tileset, z, x, y)
        return response.content
