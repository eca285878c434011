import os

from celery import Celery

celery = Celery("warranty", broker=os.environ["CELERY_BROKER_URL"])  # tfl-eval-not: hardcoded-backing-service


@celery.task
def expire_old_claims():
    from warranty import create_app, db
    app = create_app()
    with app.app_context():
        db.session.execute(db.text("UPDATE claims SET status = 'expired' WHERE filed_at < now() - interval '2 years'"))
        db.session.commit()
