from fastapi import FastAPI
from tortoise.contrib.fastapi import register_tortoise

from app.db import TORTOISE_ORM

app = FastAPI(title="menus")
register_tortoise(app, config=TORTOISE_ORM, generate_schemas=False)


@app.get("/menus")
async def menus():
    from app.models import Menu

    return await Menu.all().values("id", "name")
