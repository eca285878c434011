from statements.celery_app import celery_app


@celery_app.task(bind=True, max_retries=3)
def render_statement(self, account_id: int) -> str:
    return f"statement-{account_id}.pdf"
