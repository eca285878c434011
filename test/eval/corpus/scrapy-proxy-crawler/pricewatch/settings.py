import os

BOT_NAME = "pricewatch"
SPIDER_MODULES = ["pricewatch.spiders"]
NEWSPIDER_MODULE = "pricewatch.spiders"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8

DOWNLOADER_MIDDLEWARES = {
    "pricewatch.middlewares.ProxyAuthMiddleware": 350,
}

PROXY_URL = "http://gate.proxyvendor.example:7000"
PROXY_USER = "acme-pricewatch"
PROXY_PASSWORD = "KX3tNVQ6Fe9VvM35"  # tfl-eval: hardcoded-credential

FEEDS = {
    "s3://pricewatch-feeds/%(name)s/%(time)s.jsonl": {"format": "jsonlines"},
}
AWS_ACCESS_KEY_ID = "AKIAYJTX74F533MFEEJ4"  # tfl-eval: hardcoded-credential
AWS_SECRET_ACCESS_KEY = "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"  # tfl-eval: hardcoded-credential

FTP_USER = os.environ.get("FTP_USER", "anonymous")
FTP_PASSWORD = os.environ.get("FTP_PASSWORD", "")  # tfl-eval-not: hardcoded-credential

HTTPAUTH_DOMAIN = "portal.supplier.example"
HTTPCACHE_ENABLED = True
