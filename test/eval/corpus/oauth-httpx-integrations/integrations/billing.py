import aiohttp

BILLING_URL = "https://billing.partner.example"


async def invoices(session_factory=aiohttp.ClientSession) -> list[dict]:
    auth = aiohttp.BasicAuth(login="acme-integrations", password="qRHJniEOUWRzqMli")  # tfl-eval: hardcoded-credential
    async with session_factory(auth=auth) as session:
        async with session.get(BILLING_URL + "/invoices") as resp:
            return await resp.json()


async def usage(token: str) -> dict:
    async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {token}"}) as session:  # tfl-eval-not: hardcoded-credential
        async with session.get(BILLING_URL + "/usage") as resp:
            return await resp.json()
