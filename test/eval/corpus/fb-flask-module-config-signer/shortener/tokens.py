from itsdangerous import URLSafeTimedSerializer

from . import settings


def serializer():
    return URLSafeTimedSerializer(settings.SIGNING_KEY, salt=settings.SIGNING_SALT)


def sign_link(link_id):
    return serializer().dumps(link_id)
