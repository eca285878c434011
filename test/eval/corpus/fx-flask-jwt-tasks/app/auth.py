import datetime
import os
from functools import wraps

import jwt
from flask import Blueprint, jsonify, request

from .models import User

bp = Blueprint('auth', __name__, url_prefix='/auth')


def encode_auth_token(user_id):
    payload = {
        'exp': datetime.datetime.utcnow() + datetime.timedelta(days=1),
        'iat': datetime.datetime.utcnow(),
        'sub': user_id,
    }
    return jwt.encode(payload, 'demo', algorithm='HS256')  # tfl-eval: hardcoded-credential


def decode_auth_token(auth_token):
    return jwt.decode(auth_token, 'demo', algorithms=['HS256'])['sub']  # tfl-eval: hardcoded-credential


def refresh_token(user_id):
    return jwt.encode({'sub': user_id}, os.environ['JWT_SECRET'], algorithm='HS256')  # tfl-eval-not: hardcoded-credential


def token_required(f):
    @wraps(f)
    def decorated(*args, **kwargs):
        token = request.headers.get('Authorization', '').replace('Bearer ', '')
        if not token:
            return jsonify({'message': 'Token is missing'}), 401
        try:
            user = User.query.get(decode_auth_token(token))
        except jwt.InvalidTokenError:
            return jsonify({'message': 'Token is invalid'}), 401
        return f(user, *args, **kwargs)
    return decorated


@bp.route('/login', methods=['POST'])
def login():
    data = request.get_json()
    user = User.query.filter_by(email=data['email']).first()
    if not user or not user.check_password(data['password']):
        return jsonify({'message': 'Bad credentials'}), 401
    return jsonify({'token': encode_auth_token(user.id)})
