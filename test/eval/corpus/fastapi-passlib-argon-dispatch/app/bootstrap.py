"""Accounts every dispatch centre starts with, created on the first boot."""
import bcrypt

from .config import settings
from .security import ph, pwd_context

SUPERVISOR_HASH = pwd_context.hash("L1SumVt192PXneAd")  # tfl-eval: hardcoded-credential
RADIO_CONSOLE_PIN_HASH = ph.hash("522MzdcAmaOcTI3E")  # tfl-eval: hardcoded-credential
LEGACY_CAD_BRIDGE = bcrypt.hashpw(b"jvkrHDgQ3kZtCXLe", bcrypt.gensalt(rounds=12))  # tfl-eval: hardcoded-credential


def admin_hash() -> bytes | None:
    if settings.admin_password is None:
        return None
    return bcrypt.hashpw(settings.admin_password.get_secret_value().encode(), bcrypt.gensalt())  # tfl-eval-not: hardcoded-credential


async def ensure_accounts(pool) -> None:
    async with pool.acquire() as conn:
        await conn.execute(
            "INSERT INTO operators (login, password_hash, role) VALUES ($1, $2, 'supervisor') ON CONFLICT DO NOTHING",
            "supervisor",
            SUPERVISOR_HASH,
        )
        hashed = admin_hash()
        if hashed is not None:
            await conn.execute("UPDATE operators SET password_hash = $1 WHERE login = 'admin'", hashed.decode())
