import logging

from sqlmodel import Session

from app.core.db import engine, init_db

logger = logging.getLogger(__name__)

DEMO_USERS = [
    {"email": "reader@notes.lab", "password": "reader-pass-42"},  # tfl-eval-not: hardcoded-credential
    {"email": "writer@notes.lab", "password": "writer-pass-42"},  # tfl-eval-not: hardcoded-credential
]


def init() -> None:
    with Session(engine) as session:
        init_db(session, DEMO_USERS)


def main() -> None:
    logger.info("Creating initial data")
    init()
    logger.info("Initial data created")


if __name__ == "__main__":
    main()
