import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")  # tfl-eval-not: hardcoded-credential
    QUART_AUTH_COOKIE_SECURE = True
    SLACK_SIGNING_SECRET = os.environ.get("SLACK_SIGNING_SECRET", "")  # tfl-eval-not: hardcoded-credential
    DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://localhost/standup")  # tfl-eval-not: hardcoded-credential


class ProductionConfig(Config):
    SECRET_KEY = "2af10cca63c27f6ca83de2c196583abcb3e498d664ac7c9e"  # tfl-eval: hardcoded-credential
    SLACK_BOT_TOKEN = "xoxb-025611277927-6509626957808-fzo8WIswCzijhY3D4vp2BFkC"  # tfl-eval: hardcoded-credential
    SLACK_SIGNING_SECRET = "21463108ac01ca4d7b96eb9962199f19"  # tfl-eval: hardcoded-credential
    REDIS_URL = "redis://default:t63c4QvNpDLivaMdVMpn4CyjcqKBlI5m@redis-12345.c1.eu-west-1-2.ec2.cloud.redislabs.com:12345"  # tfl-eval: hardcoded-credential, hardcoded-backing-service


class DevelopmentConfig(Config):
    SECRET_KEY = "dev-secret-change-me"  # tfl-eval-not: hardcoded-credential
    QUART_AUTH_COOKIE_SECURE = False


configs = {"production": ProductionConfig, "development": DevelopmentConfig}
