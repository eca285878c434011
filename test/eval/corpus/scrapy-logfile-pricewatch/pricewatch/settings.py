import os

BOT_NAME = "pricewatch"
SPIDER_MODULES = ["pricewatch.spiders"]
NEWSPIDER_MODULE = "pricewatch.spiders"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
DOWNLOAD_DELAY = 1.5

# The crawl box keeps a log per run for the on-call to read.
LOG_LEVEL = "INFO"
LOG_FILE = "logs/pricewatch.log"  # tfl-eval: file-logger
LOG_FILE_APPEND = True

SCHEDULER = "scrapy_redis.scheduler.Scheduler"
DUPEFILTER_CLASS = "scrapy_redis.dupefilter.RFPDupeFilter"
REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")  # tfl-eval-not: hardcoded-backing-service

ITEM_PIPELINES = {"pricewatch.pipelines.MongoPipeline": 300}
MONGO_DATABASE = "prices"
