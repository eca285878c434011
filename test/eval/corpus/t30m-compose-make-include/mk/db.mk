db-upgrade:
	alembic upgrade head

db-downgrade:
	alembic downgrade -1
