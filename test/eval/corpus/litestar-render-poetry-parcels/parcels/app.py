import os

from litestar import Litestar, get

from parcels.store import fetch_parcel


@get("/parcels/{code:str}")
async def parcel(code: str) -> dict:
    return await fetch_parcel(code)


app = Litestar(route_handlers=[parcel], debug=os.environ.get("LITESTAR_DEBUG") == "1")
