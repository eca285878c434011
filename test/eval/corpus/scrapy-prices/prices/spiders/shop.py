import scrapy
from scrapy.http import FormRequest


class ShopSpider(scrapy.Spider):
    name = "shop"
    start_urls = ["https://partner-shop.example.com/login"]
    http_user = "prices-bot"
    http_pass = "iIB8xvHmSY%kvNZ"  # tfl-eval: hardcoded-credential

    def parse(self, response):
        return FormRequest.from_response(
            response,
            formdata={"username": "prices-bot", "password": "ZcJdRbyRhG*2teI"},  # tfl-eval: hardcoded-credential
            callback=self.after_login,
        )

    def after_login(self, response):
        if b"Invalid password" in response.body:  # tfl-eval-not: hardcoded-credential
            self.logger.error("login failed")
            return
        for product in response.css("div.product"):
            yield {"sku": product.attrib["data-sku"], "price": product.css(".price::text").get()}
