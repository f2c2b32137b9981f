"""intake attempts (a mail whose intake killed the worker is quarantined on the next start), and
quarantined originals encrypted at rest like ID copies

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 10:00:00
"""

import sqlalchemy as sa
from alembic import context, op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_inbound = sa.table(
    'inbound_messages', sa.column('id', sa.Integer), sa.column('raw', sa.LargeBinary)
)


def upgrade() -> None:
    op.create_table(
        'intake_attempts',
        sa.Column('source_key', sa.String(length=512), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('interrupted', sa.Integer(), nullable=False),
        sa.Column('run', sa.String(length=32), nullable=False),
        sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('source_key', name=op.f('pk_intake_attempts')),
    )
    _convert(lambda vault, raw: raw if _sealed(vault, raw) else vault.encrypt(raw))


def downgrade() -> None:
    _convert(lambda vault, raw: vault.decrypt(raw) if _sealed(vault, raw) else raw)
    op.drop_table('intake_attempts')


def _convert(change) -> None:  # noqa: ANN001
    """Each kept original through `change(vault, raw)`, one row at a time (they may be large)."""
    bind = op.get_bind()
    ids = bind.execute(sa.select(_inbound.c.id).where(_inbound.c.raw.is_not(None))).scalars().all()
    if not ids:
        return
    vault = _vault()
    for one in ids:
        raw = bind.execute(sa.select(_inbound.c.raw).where(_inbound.c.id == one)).scalar_one()
        bind.execute(
            sa.update(_inbound).where(_inbound.c.id == one).values(raw=change(vault, bytes(raw)))
        )


def _vault():  # noqa: ANN202
    """The App's vault (worker.store.db.upgrade hands it in), else the one the settings name."""
    vault = context.config.attributes.get('vault')
    if vault is None:
        from config.settings import process_settings
        from worker.vault import IdVault

        settings = process_settings()
        vault = IdVault.from_settings(settings.id_keys, settings.id_key_file)
    return vault


def _sealed(vault, raw: bytes) -> bool:  # noqa: ANN001
    try:
        vault.decrypt(raw)
    except Exception:
        return False
    return True
