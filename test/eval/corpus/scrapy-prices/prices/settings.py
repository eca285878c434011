BOT_NAME = "prices"

SPIDER_MODULES = ["prices.spiders"]
NEWSPIDER_MODULE = "prices.spiders"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
DOWNLOAD_DELAY = 0.5

SCRAPEOPS_API_KEY = "11e8cb2bef95acb27359f31981d2814e"  # tfl-eval: hardcoded-credential
SCRAPEOPS_PROXY_ENABLED = True

ROTATING_PROXY_LIST = [
    "http://scraper:9QTMgo3u3k#QLgw@gate.proxy-provider.io:7000",  # tfl-eval: hardcoded-credential
]

ITEM_PIPELINES = {"prices.pipelines.PostgresPipeline": 300}

POSTGRES = {
    "host": "prices-db.internal",  # tfl-eval: hardcoded-backing-service
    "dbname": "prices",
    "user": "scraper",
    "password": "llqYia7H1v#vEsq",  # tfl-eval: hardcoded-credential
}

FEEDS = {"s3://prices-exports/%(name)s/%(time)s.jsonl": {"format": "jsonlines"}}
AWS_ACCESS_KEY_ID = "AKIAAKKZIZSXU34PXQJ4"  # tfl-eval: hardcoded-credential
AWS_SECRET_ACCESS_KEY = "Jn1ThAJgoLeRHzmDvC6DcLldhq45+Pth68fdfxU+"  # tfl-eval: hardcoded-credential

USER_AGENT = "prices-bot (+https://prices.example.com/bot)"
