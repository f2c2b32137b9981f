"""what has been proven about the person behind a case: sender authentication, mailbox
confirmation (with wrong tries counted), staff approval

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 03:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cases') as batch:
        batch.add_column(
            sa.Column('sender_authenticated', sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column('mailbox_confirmed_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(
            sa.Column('confirmation_wrong_tries', sa.Integer(), nullable=False, server_default='0')
        )
        batch.add_column(
            sa.Column('approved_by', sa.String(length=200), nullable=False, server_default='')
        )


def downgrade() -> None:
    with op.batch_alter_table('cases') as batch:
        batch.drop_column('approved_by')
        batch.drop_column('confirmation_wrong_tries')
        batch.drop_column('mailbox_confirmed_at')
        batch.drop_column('sender_authenticated')
