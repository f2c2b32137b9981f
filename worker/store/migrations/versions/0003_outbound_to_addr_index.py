"""index the outbox by recipient and time (the per-sender daily reply limit)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 10:50:00
"""

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        'ix_outbound_messages_to_addr_created_at',
        'outbound_messages',
        ['to_addr', 'created_at'],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index('ix_outbound_messages_to_addr_created_at', table_name='outbound_messages')
