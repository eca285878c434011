import secrets
import uuid

from django.core.signing import TimestampSigner
from django.http import JsonResponse

from .keys import statement_signing_key


def statement_link(request, statement_id):
    signer = TimestampSigner(key=statement_signing_key())
    nonce = secrets.token_hex(8)  # tfl-eval-not: per-process-secret
    otp_code = f"{secrets.randbelow(10**6):06d}"  # tfl-eval-not: per-process-secret
    return JsonResponse({"url": f"/statements/{signer.sign(statement_id)}?n={nonce}", "trace": str(uuid.uuid4()), "otp": otp_code})
