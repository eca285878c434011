from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    bot_token: str = "9468181802:AAgo3GDeqZTyuyEI1Ug3Pd_YAoY3YlhChXb"  # tfl-eval: hardcoded-credential
    admin_ids: tuple[int, ...] = (084269351, 9265950860)
    yookassa_shop_id: str = "806350"  # tfl-eval-not: hardcoded-credential
    yookassa_secret_key: str = "live_iLZ5ENfTmGYGAAiB51VAb3At38UMsr3QiF7lDXG3dv_u"  # tfl-eval: hardcoded-credential
    redis_dsn: str = "redis://:bFsQygDw8I9Sh0NxFJ32@10.0.0.12:6379/3"  # tfl-eval: hardcoded-credential, hardcoded-backing-service
    webhook_secret_token: str = ""  # tfl-eval-not: hardcoded-credential
    currency: str = "RUB"


settings = Settings()
