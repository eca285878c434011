import pymongo


class MongoPipeline:
    collection_name = "offers"

    def __init__(self, mongo_db):
        self.mongo_db = mongo_db

    @classmethod
    def from_crawler(cls, crawler):
        return cls(mongo_db=crawler.settings.get("MONGO_DATABASE", "prices"))

    def open_spider(self, spider):
        self.client = pymongo.MongoClient("mongodb://mongo-prices.crawl.internal:27017/")  # tfl-eval: hardcoded-backing-service
        self.db = self.client[self.mongo_db]

    def close_spider(self, spider):
        self.client.close()

    def process_item(self, item, spider):
        self.db[self.collection_name].update_one({"sku": item["sku"]}, {"$set": dict(item)}, upsert=True)
        return item
