"""init

Revision ID: 0001
Revises:
Create Date: 2024-02-12 10:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("email", sa.String(320), unique=True, nullable=False),
        sa.Column("hashed_password", sa.String(255), nullable=False),
        sa.Column("api_key_prefix", sa.String(8)),
        sa.Column("api_key_hash", sa.String(64)),
    )


def downgrade() -> None:
    op.drop_table("users")
