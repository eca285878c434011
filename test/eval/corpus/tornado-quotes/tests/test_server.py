from tornado.testing import AsyncHTTPTestCase

from quotes.server import make_app


class QuoteTest(AsyncHTTPTestCase):
    def get_app(self):
        return make_app()

    def test_bad_id(self):
        self.assertEqual(self.fetch("/quotes/zzz").code, 404)
