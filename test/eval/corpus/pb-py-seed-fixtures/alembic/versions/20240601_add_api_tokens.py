"""add api tokens

Revision ID: 3f1c2a9b7d10
Revises: 1a2b3c4d5e6f
"""
import sqlalchemy as sa  # tfl-eval: undeclared-dependency
from alembic import op

revision = "3f1c2a9b7d10"
down_revision = "1a2b3c4d5e6f"


def upgrade():
    op.add_column("users", sa.Column("api_token", sa.String(64), nullable=True))
    op.create_index("ix_users_api_token", "users", ["api_token"], unique=True)


def downgrade():
    op.drop_index("ix_users_api_token", "users")
    op.drop_column("users", "api_token")
