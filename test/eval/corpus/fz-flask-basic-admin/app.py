import os
from functools import wraps

from flask import Flask, Response, request

app = Flask(__name__)
app.secret_key = os.environ['SECRET_KEY']


def check_auth(username, password):
    return (username, password) == ('admin', 'Vt4nB8qz')  # tfl-eval: hardcoded-credential


def check_env_auth(username, password):
    return (username, password) == (os.environ['ADMIN_USER'], os.environ['ADMIN_PASSWORD'])  # tfl-eval-not: hardcoded-credential


def requires_auth(f):
    @wraps(f)
    def decorated(*args, **kwargs):
        auth = request.authorization
        if not auth or not check_auth(auth.username, auth.password):
            return Response('Login required', 401, {'WWW-Authenticate': 'Basic realm="admin"'})
        return f(*args, **kwargs)
    return decorated


@app.route('/admin')
@requires_auth
def admin():
    return 'admin area'
