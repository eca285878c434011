# -*- coding: utf-8 -*-
"""Application configuration for partscatalog, read by TurboGears at start."""
from tg import FullStackApplicationConfigurator
from tg.configuration.auth import TGAuthMetadata

import partscatalog
from partscatalog import model, lib

base_config = FullStackApplicationConfigurator()
base_config.update_blueprint({
    'package': partscatalog,
    'use_toscawidgets2': True,
    'use_sqlalchemy': True,
    'model': model,
    'DBSession': model.DBSession,
    'renderers': ['json', 'kajiki'],
    'default_renderer': 'kajiki',
    'auth_backend': 'sqlalchemy',
    'sa_auth.cookie_secret': None,  # set from the environment in middleware.py  # tfl-eval-not: hardcoded-credential
    'sa_auth.post_login_url': '/post_login',
    'sa_auth.post_logout_url': '/post_logout',
})
