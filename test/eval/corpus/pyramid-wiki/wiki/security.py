from pyramid.authentication import AuthTktCookieHelper
from pyramid.csrf import CookieCSRFStoragePolicy
from pyramid.session import SignedCookieSessionFactory


class SecurityPolicy:
    def __init__(self, secret):
        self.helper = AuthTktCookieHelper(secret)


def includeme(config):
    settings = config.get_settings()
    config.set_csrf_storage_policy(CookieCSRFStoragePolicy())
    config.set_default_csrf_options(require_csrf=True)
    config.set_security_policy(SecurityPolicy(settings['auth.secret']))  # tfl-eval-not: hardcoded-credential
    config.set_session_factory(SignedCookieSessionFactory('kh5RMEFPQprrMe3ikvdFIkHq1LVcMNT2'))  # tfl-eval: hardcoded-credential
