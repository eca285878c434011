import datetime

import jwt
from flask import Blueprint, current_app, flash, jsonify, redirect, render_template, request, url_for
from werkzeug.security import check_password_hash

from ..models import User

auth_bp = Blueprint('auth', __name__)
PASSWORD_MIN_LENGTH = 8  # tfl-eval-not: hardcoded-credential
TOKEN_TYPE = 'bearer'  # tfl-eval-not: hardcoded-credential
JWT_ALGORITHM = 'HS256'


@auth_bp.route('/login', methods=['GET', 'POST'])
def login():
    if request.method == 'POST':
        username = request.form['username']
        password = request.form['password']  # tfl-eval-not: hardcoded-credential
        user = User.query.filter_by(username=username).first()
        if user is None or not check_password_hash(user.password_hash, password):
            flash('Invalid username or password')  # tfl-eval-not: hardcoded-credential
            return redirect(url_for('auth.login'))
        return redirect(url_for('index'))
    return render_template('auth/login.html')


@auth_bp.route('/api/token', methods=['POST'])
def issue_token():
    user = User.query.filter_by(username=request.json['username']).first_or_404()
    payload = {'sub': user.id, 'exp': datetime.datetime.utcnow() + datetime.timedelta(hours=1)}
    token = jwt.encode(payload, 'inventory-jwt-signing-key-2023!', algorithm=JWT_ALGORITHM)  # tfl-eval: hardcoded-credential
    return jsonify(access_token=token, token_type=TOKEN_TYPE)


def decode(token):
    return jwt.decode(token, current_app.config['SECRET_KEY'], algorithms=[JWT_ALGORITHM])  # tfl-eval-not: hardcoded-credential
