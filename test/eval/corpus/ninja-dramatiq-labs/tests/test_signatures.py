import hashlib
import hmac

# RFC 4231 test case 2: HMAC-SHA256 with a short key.
RFC4231_KEY = b"Jefe"
RFC4231_DATA = b"what do ya want for nothing?"
RFC4231_MAC = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"


def test_hmac_matches_rfc_vector():
    assert hmac.new(RFC4231_KEY, RFC4231_DATA, hashlib.sha256).hexdigest() == RFC4231_MAC


def test_api_rejects_wrong_key(client, api_key):
    response = client.get("/api/samples/1", HTTP_X_LABS_KEY="lbk_wrong")
    assert response.status_code == 401
