revision = "0001"
down_revision = None

from alembic import op
import sqlalchemy as sa


def upgrade():
    op.create_table("quotes", sa.Column("id", sa.Integer, primary_key=True), sa.Column("author", sa.String(200)), sa.Column("body", sa.Text))


def downgrade():
    op.drop_table("quotes")
