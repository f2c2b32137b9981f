"""the sentences each request type was read from, and how the letter frames the request

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 04:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cases') as batch:
        batch.add_column(sa.Column('evidence', sa.JSON(), nullable=False, server_default='{}'))
        batch.add_column(sa.Column('framing', sa.JSON(), nullable=False, server_default='{}'))


def downgrade() -> None:
    with op.batch_alter_table('cases') as batch:
        batch.drop_column('framing')
        batch.drop_column('evidence')
