import scrapy


class OffersSpider(scrapy.Spider):
    name = "offers"
    start_urls = ["https://shop.example.com/deals"]

    def parse(self, response):
        for card in response.css("div.offer"):
            yield {
                "sku": card.attrib.get("data-sku"),
                "price": card.css("span.price::text").get(),
            }
