"""surveys

Revision ID: a1b2c3d4
"""
import sqlalchemy as sa
from alembic import op

revision = "a1b2c3d4"
down_revision = None


def upgrade():
    op.create_table("survey", sa.Column("id", sa.Integer, primary_key=True), sa.Column("title", sa.String(200)), sa.Column("share_token", sa.String(32), unique=True))
    op.create_table("answer", sa.Column("id", sa.Integer, primary_key=True), sa.Column("survey_id", sa.Integer), sa.Column("body", sa.Text))


def downgrade():
    op.drop_table("answer")
    op.drop_table("survey")
