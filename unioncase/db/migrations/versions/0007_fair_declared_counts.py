"""job fairs: the numbers of employers and positions a ledger declares

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('job_fair', schema=None) as batch_op:
        batch_op.add_column(sa.Column('declared_employers', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('declared_positions', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('job_fair', schema=None) as batch_op:
        batch_op.drop_column('declared_positions')
        batch_op.drop_column('declared_employers')
