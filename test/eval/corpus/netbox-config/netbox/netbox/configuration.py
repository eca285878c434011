# NetBox configuration for the datacentre inventory.
import os

ALLOWED_HOSTS = ["netbox.dc1.example.net", "10.20.0.15"]

DATABASE = {
    "ENGINE": "django.db.backends.postgresql",
    "NAME": "netbox",
    "USER": "netbox",
    "PASSWORD": "MdXqIf7lqljX72oz",  # tfl-eval: hardcoded-credential
    "HOST": os.environ.get("DB_HOST", "localhost"),
    "PORT": "",
    "CONN_MAX_AGE": 300,
}

REDIS = {
    "tasks": {
        "HOST": os.environ.get("REDIS_HOST", "localhost"),
        "PORT": 6379,
        "PASSWORD": os.environ.get("REDIS_PASSWORD", ""),  # tfl-eval-not: hardcoded-credential
        "DATABASE": 0,
        "SSL": False,
    },
    "caching": {
        "HOST": os.environ.get("REDIS_HOST", "localhost"),
        "PORT": 6379,
        "PASSWORD": "",  # tfl-eval-not: hardcoded-credential
        "DATABASE": 1,
        "SSL": False,
    },
}

SECRET_KEY = "dy&0WFgUS#EWz*jF6*t0fk#gPIb*l0ySnQg=YFEC0Tv=1hVyjB"  # tfl-eval: hardcoded-credential

REMOTE_AUTH_ENABLED = True
REMOTE_AUTH_BACKEND = "social_core.backends.keycloak.KeycloakOAuth2"
SOCIAL_AUTH_KEYCLOAK_KEY = "netbox"
SOCIAL_AUTH_KEYCLOAK_SECRET = "4d87a3aeca2ab6046de99de313772dc6"  # tfl-eval: hardcoded-credential
SOCIAL_AUTH_KEYCLOAK_PUBLIC_KEY = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQAB"  # tfl-eval-not: hardcoded-credential

NAPALM_USERNAME = "netbox-ro"
NAPALM_PASSWORD = os.environ.get("NAPALM_PASSWORD", "")  # tfl-eval-not: hardcoded-credential
LOGIN_REQUIRED = True
TIME_ZONE = "Europe/Amsterdam"
