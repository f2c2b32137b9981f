"""erasure confirmation, rectification proposal, suppression list, reply attachments

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 06:51:56.825353
"""

from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('suppressions',
    sa.Column('address_hash', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_suppressions_case_id_cases')),
    sa.PrimaryKeyConstraint('address_hash', name=op.f('pk_suppressions'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('confirmation_hash', sa.String(length=64), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('confirmation_expires_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('proposed_rectification', sa.JSON(), nullable=False, server_default='{}'))
    with op.batch_alter_table('outbound_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('attachment_name', sa.String(length=255), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('attachment', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('sensitive', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('claimed_until', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbound_messages', schema=None) as batch_op:
        batch_op.drop_column('claimed_until')
        batch_op.drop_column('sensitive')
        batch_op.drop_column('attachment')
        batch_op.drop_column('attachment_name')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_column('proposed_rectification')
        batch_op.drop_column('confirmation_expires_at')
        batch_op.drop_column('confirmation_hash')

    op.drop_table('suppressions')
