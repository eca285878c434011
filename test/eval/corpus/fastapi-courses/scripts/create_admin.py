"""Create an admin account: python -m scripts.create_admin --email admin@example.com"""
import argparse
import getpass

from app.db import SessionLocal
from app.models import User
from app.security import get_password_hash


def main() -> None:
    parser = argparse.ArgumentParser(description="Create an admin user")
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", help="Password for the admin (prompted for if omitted)")
    args = parser.parse_args()
    password = args.password or getpass.getpass("Password: ")
    with SessionLocal() as db:
        db.add(User(email=args.email, hashed_password=get_password_hash(password)))
        db.commit()
    print(f"created {args.email}")


if __name__ == "__main__":
    main()
