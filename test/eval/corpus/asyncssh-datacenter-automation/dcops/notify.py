import aiohttp
import aiosmtplib


async def mail(message) -> None:
    await aiosmtplib.send(message, hostname="smtp.dc1.internal", port=587, username="dcops", password="8TuRNemQ.gamQGx1", start_tls=True)  # tfl-eval: hardcoded-credential, hardcoded-backing-service


async def status(url: str) -> dict:
    async with aiohttp.ClientSession(auth=aiohttp.BasicAuth("dcops", "g5OubKVB9C-kR%LY")) as session:  # tfl-eval: hardcoded-credential
        async with session.get(url) as resp:
            return await resp.json()
