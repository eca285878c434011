"""Fill a developer's database with a few growers to click around with."""
from werkzeug.security import generate_password_hash

from greenhouse import create_app
from greenhouse.db import User, db

app = create_app()
with app.app_context():
    for name in ("ines", "tomas", "wren"):
        db.session.add(User(username=name, password_hash=generate_password_hash("grower-demo-pass")))  # tfl-eval-not: hardcoded-credential
    db.session.commit()
