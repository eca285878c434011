from pyramid.authentication import AuthTktAuthenticationPolicy
from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory
import ldap


def main(global_config, **settings):
    session_factory = SignedCookieSessionFactory("1174774c44fcca6b2ca984c007020830")  # tfl-eval: hardcoded-credential
    config = Configurator(settings=settings, session_factory=session_factory)
    config.set_authentication_policy(AuthTktAuthenticationPolicy("ywblLqReZaSzuItFWSMtp38Til89h0HB", hashalg="sha512"))  # tfl-eval: hardcoded-credential
    config.include("pyramid_jinja2")
    config.scan()
    return config.make_wsgi_app()


def ldap_lookup(uid):
    conn = ldap.initialize("ldaps://ldap.corp.internal")
    conn.simple_bind_s("cn=intranet,ou=services,dc=corp,dc=internal", "te72Fjp8g3%EyD4")  # tfl-eval: hardcoded-credential
    return conn.search_s("ou=people,dc=corp,dc=internal", ldap.SCOPE_SUBTREE, f"(uid={uid})")
