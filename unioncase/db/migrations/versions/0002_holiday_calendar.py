"""holiday calendar, shipped with the official schedules

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from unioncase.domain.holiday_data import shipped_days

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SHIPPED_STATION = "*"


def upgrade() -> None:
    op.create_table('calendar_day',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('station_code', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=50), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('calendar_day', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calendar_day_day'), ['day'], unique=True)
        batch_op.create_index(batch_op.f('ix_calendar_day_station_code'), ['station_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_calendar_day_uuid'), ['uuid'], unique=True)

    calendar = sa.table(
        "calendar_day",
        sa.column("uuid", sa.String), sa.column("station_code", sa.String),
        sa.column("created_at", sa.DateTime), sa.column("created_by", sa.String),
        sa.column("updated_at", sa.DateTime), sa.column("updated_by", sa.String),
        sa.column("version", sa.Integer), sa.column("day", sa.Date),
        sa.column("kind", sa.String), sa.column("name", sa.String),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(calendar, [
        {
            "uuid": str(uuid.uuid4()), "station_code": SHIPPED_STATION,
            "created_at": now, "created_by": "UnionCase", "updated_at": now,
            "updated_by": "UnionCase", "version": 1, "day": day, "kind": kind.value,
            "name": name,
        }
        for day, kind, name in shipped_days()
    ])


def downgrade() -> None:
    with op.batch_alter_table('calendar_day', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calendar_day_uuid'))
        batch_op.drop_index(batch_op.f('ix_calendar_day_station_code'))
        batch_op.drop_index(batch_op.f('ix_calendar_day_day'))

    op.drop_table('calendar_day')
