import sqlalchemy as sa  # tfl-eval: undeclared-dependency
from alembic import op

revision = "0001"
down_revision = None


def upgrade():
    op.create_table("circles", sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.String(120)), sa.Column("current_pick", sa.String(20)))


def downgrade():
    op.drop_table("circles")
