"""Fill a fresh database with the doctors and patients the lab exercises use."""
from clinic import create_app, db
from clinic.models import Doctor, Patient

DOCTORS = [
    ("house", "vicodin"),  # tfl-eval-not: hardcoded-credential
    ("cuddy", "Princeton-Plainsboro"),  # tfl-eval-not: hardcoded-credential
]


def main():
    app = create_app()
    with app.app_context():
        db.create_all()
        for username, password in DOCTORS:
            db.session.add(Doctor(username=username, password=password))
        db.session.add(Doctor(username="wilson", password="oncology1"))  # tfl-eval-not: hardcoded-credential
        db.session.add(Patient(name="Jane Roe", ssn="078-05-1120"))
        db.session.commit()


if __name__ == "__main__":
    main()
