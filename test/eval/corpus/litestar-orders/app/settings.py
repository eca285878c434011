from dataclasses import dataclass, field
import os


@dataclass
class DatabaseSettings:
    url: str = field(default_factory=lambda: os.getenv("DATABASE_URL", "postgresql+asyncpg://orders:h5THCaSQbPHArd4gREvo@orders-db.internal:5432/orders"))  # tfl-eval: hardcoded-credential, hardcoded-backing-service
    echo: bool = False


@dataclass
class AppSettings:
    secret_key: str = "28f60d8c75595e7be97eeffd4c67bdf877623a395d4a281e668f01f053d713a3"  # tfl-eval: hardcoded-credential
    stripe_webhook_secret: str = "whsec_swDFOWTykrRGSH2kmbfVaPstdkC3gzoW"  # tfl-eval: hardcoded-credential
    jwt_algorithm: str = "HS256"  # tfl-eval-not: hardcoded-credential
    token_ttl_seconds: int = 900  # tfl-eval-not: hardcoded-credential
