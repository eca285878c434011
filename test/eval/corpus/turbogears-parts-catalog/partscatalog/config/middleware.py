# -*- coding: utf-8 -*-
"""WSGI middleware initialization for the partscatalog application."""
import os

from partscatalog.config.app_cfg import base_config
from partscatalog.config.environment import load_environment

__all__ = ['make_app']


def make_app(global_conf, full_stack=True, **app_conf):
    app_conf['sa_auth.cookie_secret'] = os.environ['TG_COOKIE_SECRET']  # tfl-eval-not: hardcoded-credential
    app_conf['beaker.session.validate_key'] = os.environ['BEAKER_VALIDATE_KEY']
    app = base_config.make_wsgi_app(global_conf, app_conf, wrap_app=None)
    return app
