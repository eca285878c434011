import cherrypy
import jwt
from cherrypy.test import helper

from catalog.api.products import ProductsApi

SECRET = "pytest-jwt-secret"


class ProductsTest(helper.CPWebCase):
    @staticmethod
    def setup_server():
        cherrypy.config.update({"server.socket_port": 54583, "tools.sessions.on": True})
        cherrypy.tree.mount(ProductsApi(), "/api/products", {"/": {"request.dispatch": cherrypy.dispatch.MethodDispatcher()}})

    def test_rejects_missing_token(self):
        self.getPage("/api/products", method="POST", body="{}")
        self.assertStatus(401)

    def test_token(self):
        token = jwt.encode({"sub": "tester"}, SECRET, algorithm="HS256")
        assert token.count(".") == 2
