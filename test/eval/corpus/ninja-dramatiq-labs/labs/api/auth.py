import hashlib
import hmac

from django.conf import settings
from ninja.security import APIKeyHeader, HttpBearer

from labs.samples.models import ApiKey

API_KEY_HEADER = "X-Labs-Key"
TOKEN_PREFIX = "lbk_"
INVALID_CREDENTIALS = "invalid_credentials"


class ApiKeyAuth(APIKeyHeader):
    param_name = API_KEY_HEADER

    def authenticate(self, request, key):
        if not key or not key.startswith(TOKEN_PREFIX):
            return None
        digest = hashlib.sha256(key.encode()).hexdigest()
        return ApiKey.objects.filter(key_hash=digest, revoked=False).select_related("owner").first()


class WebhookSignature(HttpBearer):
    def authenticate(self, request, token):
        expected = hmac.new(settings.SECRET_KEY.encode(), request.body, hashlib.sha256).hexdigest()
        return token if hmac.compare_digest(expected, token) else None
