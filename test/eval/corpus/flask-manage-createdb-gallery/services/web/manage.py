from flask.cli import FlaskGroup

from project import app, db, Photo


cli = FlaskGroup(app)


@cli.command("create_db")
def create_db():
    db.drop_all()
    db.create_all()
    db.session.commit()


@cli.command("seed_db")
def seed_db():
    db.session.add(Photo(title="Sunrise over the harbour"))
    db.session.commit()


@cli.command("show_config")
def show_config():
    print(app.config["SQLALCHEMY_DATABASE_URI"].split("@")[-1])


if __name__ == "__main__":
    cli()
