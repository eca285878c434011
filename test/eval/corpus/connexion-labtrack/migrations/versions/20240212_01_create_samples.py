"""create samples

Revision ID: 5f2c1a9e7b31
"""
import sqlalchemy as sa
from alembic import op

revision = "5f2c1a9e7b31"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "samples",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("barcode", sa.String(32), nullable=False, unique=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("status", sa.Enum("received", "queued", "analysed", "rejected", name="sample_status")),
        sa.Column("received_at", sa.DateTime, server_default=sa.func.now()),
    )


def downgrade() -> None:
    op.drop_table("samples")
