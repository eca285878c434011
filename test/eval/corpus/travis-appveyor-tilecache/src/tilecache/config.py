import os
from dataclasses import dataclass, field

# The map style shown in the demo page; Mapbox public tokens are made for browsers.
DEMO_STYLE_TOKEN = "pk.eyJ1IjoiZ2VvdGlsZXMiLCJhIjoiSmhIWDlubG5URjM1VGIzZXV6REgwcjdBSyJ9.2DSawgc8nDMQcREJ_01zPt" # tfl-eval-not: hardcoded-credential

# Used by the upstream fetcher to read private tilesets.
UPSTREAM_TOKEN = "sk.eyJ1IjoiZ2VvdGlsZXMiLCJhIjoic2NSN0hZbjNOOGtFOWlCY0F3OUNHVVBKaiJ9.yv9y5dRaiF5BWzA5LJsVBU" # tfl-eval: hardcoded-credential


@dataclass(frozen=True)
class Settings:
    bucket: str = field(default_factory=lambda: os.environ.get("TILECACHE_S3_BUCKET", "tiles"))
    access_key: str = field(default_factory=lambda: os.environ.get("TILECACHE_S3_ACCESS_KEY", ""))
    secret_key: str = field(default_factory=lambda: os.environ.get("TILECACHE_S3_SECRET_KEY", ""), repr=False)
    redis_url: str = field(default_factory=lambda: os.environ.get("TILECACHE_REDIS_URL", "redis://localhost:6379/0"))
    upstream: str = "https://api.mapbox.com/v4/{tileset}/{z}/{x}/{y}.mvt"
