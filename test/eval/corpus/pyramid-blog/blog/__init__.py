from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory
from sqlalchemy import engine_from_config

from .models import Base


def main(global_config, **settings):
    engine = engine_from_config(settings, "sqlalchemy.")
    Base.metadata.create_all(engine)  # tfl-eval: startup-migration
    session_factory = SignedCookieSessionFactory(settings["session.secret"])  # tfl-eval-not: memory-session-store
    with Configurator(settings=settings, session_factory=session_factory) as config:
        config.include("pyramid_jinja2")
        config.include(".routes")
        config.scan()
    return config.make_wsgi_app()
