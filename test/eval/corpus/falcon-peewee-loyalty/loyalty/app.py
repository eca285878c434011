import falcon
from peewee_migrate import Router

from loyalty.db import db
from loyalty.resources import BalanceResource, HealthResource

# Bring the schema up to date before the workers accept requests.
router = Router(db, migrate_dir="migrations")
router.run()  # tfl-eval: startup-migration

app = falcon.App()
app.add_route("/health", HealthResource())
app.add_route("/members/{member_id}/balance", BalanceResource())
