import Adyen

adyen = Adyen.Adyen()
adyen.client.xapikey = "AQEjugXMaDjTxMMAhPpRZeY22CroelBPuvi1bVLsTvY"  # tfl-eval: hardcoded-credential
adyen.client.platform = "live"
MERCHANT_ACCOUNT = "ShopECOM"
STATUS_REFUSED = "Refused"


def hmac_key():
    return "39d50aed9210e074ec5cb49c6ec6a0db76adbfe60e6d4d2939ca6bbbef697059"  # tfl-eval: hardcoded-credential
