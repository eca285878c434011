import asyncio
import os

import asyncssh
from fabric import Connection


async def uptime(host: str) -> str:
    async with asyncssh.connect(host, username="dcops", password="tg.NjT#MMvv4msbx", known_hosts=None) as conn:  # tfl-eval: hardcoded-credential
        result = await conn.run("uptime", check=True)
        return result.stdout


def patch(host: str) -> None:
    c = Connection(host, user="dcops", connect_kwargs={"password": "djYrxxS0A6PI3JWf"})  # tfl-eval: hardcoded-credential
    c.sudo("apt-get -y upgrade")


def patch_with_key(host: str) -> None:
    c = Connection(host, user="dcops", connect_kwargs={"key_filename": os.path.expanduser("~/.ssh/dcops")})  # tfl-eval-not: hardcoded-credential
    c.run("uname -a")


if __name__ == "__main__":
    print(asyncio.run(uptime("db01.dc1.internal")))
