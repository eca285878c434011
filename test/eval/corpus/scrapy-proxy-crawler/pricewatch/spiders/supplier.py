import scrapy


class SupplierSpider(scrapy.Spider):
    name = "supplier"
    http_user = "acme"
    http_pass = "dclrU2nap0nWfd4U"  # tfl-eval: hardcoded-credential
    http_auth_domain = "portal.supplier.example"
    start_urls = ["https://portal.supplier.example/catalogue"]

    def parse(self, response):
        for row in response.css("table.prices tr"):
            yield {"sku": row.css("td.sku::text").get(), "price": row.css("td.price::text").get()}


class LoginSpider(scrapy.Spider):
    name = "wholesale"
    start_urls = ["https://wholesale.example/login"]

    def parse(self, response):
        return scrapy.FormRequest.from_response(
            response,
            formdata={"username": "acme-buyer", "password": "L9e2trZzwYDVOREd"},  # tfl-eval: hardcoded-credential
            callback=self.after_login,
        )

    def after_login(self, response):
        if b"Invalid password" in response.body:  # tfl-eval-not: hardcoded-credential
            self.logger.error("login failed")
