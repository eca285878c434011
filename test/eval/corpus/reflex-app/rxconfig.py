import reflex as rx

config = rx.Config(
    app_name="recipes",
    db_url="postgresql://recipes:h1d5DYWfg0as3X61@recipes-db.internal:5432/recipes",  # tfl-eval: hardcoded-credential, hardcoded-backing-service
    redis_url="redis://localhost:6379",  # tfl-eval: hardcoded-backing-service
    env=rx.Env.PROD,
    tailwind={"theme": {"extend": {}}},
)
