from flask_testing import TestCase

from bank import create_app

app = create_app('test')


class BaseTestCase(TestCase):
    def create_app(self):
        app.config['SECRET_KEY'] = 'test-only-secret'  # tfl-eval-not: hardcoded-credential
        return app

    def register(self):
        return self.client.post('/user/', json={'email': 'joe@gmail.com', 'password': 'Sup3rS3cret!'})  # tfl-eval-not: hardcoded-credential
