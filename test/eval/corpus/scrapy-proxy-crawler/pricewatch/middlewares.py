from w3lib.http import basic_auth_header


class ProxyAuthMiddleware:
    def __init__(self, proxy_url: str, user: str, password: str):
        self.proxy_url = proxy_url
        self.auth = basic_auth_header(user, password)

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(s["PROXY_URL"], s["PROXY_USER"], s["PROXY_PASSWORD"])

    def process_request(self, request, spider):
        request.meta["proxy"] = self.proxy_url
        request.headers["Proxy-Authorization"] = self.auth  # tfl-eval-not: hardcoded-credential


class SupplierAuthMiddleware:
    """The supplier portal's legacy feed sits behind one shared login."""

    def process_request(self, request, spider):
        if "portal.supplier.example" in request.url:
            request.headers["Authorization"] = basic_auth_header("acme", "SLxAr4dn1krkEasR")  # tfl-eval: hardcoded-credential
