from functools import wraps

from flask import request
from flask_restx import Namespace, Resource, fields

api = Namespace('auth', description='authentication related operations')
user_auth = api.model('auth_details', {
    'email': fields.String(required=True, description='The email address'),
    'password': fields.String(required=True, description='The user password '),  # tfl-eval-not: hardcoded-credential
})
INTERNAL_API_KEY = 'mrEtAaiGnW2eRjhnOZj3e50SoKPxyoeD'  # tfl-eval: hardcoded-credential


def internal_only(f):
    @wraps(f)
    def decorated(*args, **kwargs):
        if request.headers.get('X-API-KEY') != INTERNAL_API_KEY:  # tfl-eval-not: hardcoded-credential
            return {'message': 'Provide a valid auth token.'}, 401  # tfl-eval-not: hardcoded-credential
        return f(*args, **kwargs)
    return decorated
