"""intake: shared case infrastructure (timeline, links, attachments) and 信访接待

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SHIPPED_STATION = "*"
# The eight default categories (unioncase.domain.intake.DEFAULT_CATEGORIES), written out here so
# the migration never changes when the code does.
DEFAULT_CATEGORIES = (
    "欠薪", "劳动合同", "社会保险", "工伤", "劳动安全卫生", "政策咨询", "心理咨询", "其他",
)
ACCEPT_DAYS = 15
HANDLE_DAYS = 60


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('station_code', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=50), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('owner_kind', sa.String(length=4), nullable=False),
    sa.Column('owner_uuid', sa.String(length=36), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_owner_uuid'), ['owner_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_station_code'), ['station_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_uuid'), ['uuid'], unique=True)

    op.create_table('case_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('station_code', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=50), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('case_kind', sa.String(length=4), nullable=False),
    sa.Column('case_uuid', sa.String(length=36), nullable=False),
    sa.Column('step', sa.String(length=20), nullable=False),
    sa.Column('note', sa.String(length=2000), nullable=False),
    sa.Column('happened_on', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_event_case_uuid'), ['case_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_event_station_code'), ['station_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_event_uuid'), ['uuid'], unique=True)

    op.create_table('case_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('station_code', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=50), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('from_kind', sa.String(length=4), nullable=False),
    sa.Column('from_uuid', sa.String(length=36), nullable=False),
    sa.Column('from_number', sa.String(length=40), nullable=False),
    sa.Column('to_kind', sa.String(length=4), nullable=False),
    sa.Column('to_uuid', sa.String(length=36), nullable=False),
    sa.Column('to_number', sa.String(length=40), nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_link_from_uuid'), ['from_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_link_station_code'), ['station_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_link_to_uuid'), ['to_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_link_uuid'), ['uuid'], unique=True)

    op.create_table('intake_category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('station_code', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=50), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('accept_days', sa.Integer(), nullable=False),
    sa.Column('handle_days', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('intake_category', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_category_name'), ['name'], unique=True)
        batch_op.create_index(batch_op.f('ix_intake_category_station_code'), ['station_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_category_uuid'), ['uuid'], unique=True)

    category = sa.table(
        "intake_category",
        sa.column("uuid", sa.String), sa.column("station_code", sa.String),
        sa.column("created_at", sa.DateTime), sa.column("created_by", sa.String),
        sa.column("updated_at", sa.DateTime), sa.column("updated_by", sa.String),
        sa.column("version", sa.Integer), sa.column("name", sa.String),
        sa.column("accept_days", sa.Integer), sa.column("handle_days", sa.Integer),
        sa.column("active", sa.Boolean), sa.column("sort_order", sa.Integer),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(category, [
        {
            "uuid": str(uuid.uuid4()), "station_code": SHIPPED_STATION,
            "created_at": now, "created_by": "UnionCase", "updated_at": now,
            "updated_by": "UnionCase", "version": 1, "name": name,
            "accept_days": ACCEPT_DAYS, "handle_days": HANDLE_DAYS, "active": True,
            "sort_order": order,
        }
        for order, name in enumerate(DEFAULT_CATEGORIES, start=1)
    ])

    op.create_table('intake_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('station_code', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=50), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('employer_id', sa.Integer(), nullable=True),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('head_count', sa.Integer(), nullable=False),
    sa.Column('is_group', sa.Boolean(), nullable=False),
    sa.Column('summary', sa.String(length=2000), nullable=False),
    sa.Column('call_seconds', sa.Integer(), nullable=True),
    sa.Column('letter_date', sa.Date(), nullable=True),
    sa.Column('sender_address', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('reject_reason', sa.String(length=1000), nullable=True),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('accept_due', sa.Date(), nullable=False),
    sa.Column('handle_due', sa.Date(), nullable=True),
    sa.Column('extended', sa.Boolean(), nullable=False),
    sa.Column('extension_reason', sa.String(length=1000), nullable=True),
    sa.Column('handling', sa.String(length=20), nullable=True),
    sa.Column('transfer_department', sa.String(length=100), nullable=True),
    sa.Column('transfer_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('result', sa.String(length=2000), nullable=True),
    sa.Column('accept_overdue', sa.Boolean(), nullable=False),
    sa.Column('handle_overdue', sa.Boolean(), nullable=False),
    sa.Column('callback_on', sa.Date(), nullable=True),
    sa.Column('callback_note', sa.String(length=1000), nullable=True),
    sa.Column('satisfaction', sa.String(length=20), nullable=True),
    sa.Column('repeat_of_id', sa.Integer(), nullable=True),
    sa.Column('is_repeat', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['employer_id'], ['enterprise.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['repeat_of_id'], ['intake_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('intake_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_case_accept_due'), ['accept_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_case_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_case_channel'), ['channel'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_case_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_case_handle_due'), ['handle_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_case_is_group'), ['is_group'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_case_is_repeat'), ['is_repeat'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_case_number'), ['number'], unique=True)
        batch_op.create_index(batch_op.f('ix_intake_case_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_case_registered_on'), ['registered_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_case_station_code'), ['station_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_case_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_case_uuid'), ['uuid'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('intake_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intake_case_uuid'))
        batch_op.drop_index(batch_op.f('ix_intake_case_status'))
        batch_op.drop_index(batch_op.f('ix_intake_case_station_code'))
        batch_op.drop_index(batch_op.f('ix_intake_case_registered_on'))
        batch_op.drop_index(batch_op.f('ix_intake_case_person_id'))
        batch_op.drop_index(batch_op.f('ix_intake_case_number'))
        batch_op.drop_index(batch_op.f('ix_intake_case_is_repeat'))
        batch_op.drop_index(batch_op.f('ix_intake_case_is_group'))
        batch_op.drop_index(batch_op.f('ix_intake_case_handle_due'))
        batch_op.drop_index(batch_op.f('ix_intake_case_employer_id'))
        batch_op.drop_index(batch_op.f('ix_intake_case_channel'))
        batch_op.drop_index(batch_op.f('ix_intake_case_category'))
        batch_op.drop_index(batch_op.f('ix_intake_case_accept_due'))

    op.drop_table('intake_case')
    with op.batch_alter_table('intake_category', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intake_category_uuid'))
        batch_op.drop_index(batch_op.f('ix_intake_category_station_code'))
        batch_op.drop_index(batch_op.f('ix_intake_category_name'))

    op.drop_table('intake_category')
    with op.batch_alter_table('case_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_link_uuid'))
        batch_op.drop_index(batch_op.f('ix_case_link_to_uuid'))
        batch_op.drop_index(batch_op.f('ix_case_link_station_code'))
        batch_op.drop_index(batch_op.f('ix_case_link_from_uuid'))

    op.drop_table('case_link')
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_event_uuid'))
        batch_op.drop_index(batch_op.f('ix_case_event_station_code'))
        batch_op.drop_index(batch_op.f('ix_case_event_case_uuid'))

    op.drop_table('case_event')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_uuid'))
        batch_op.drop_index(batch_op.f('ix_attachment_station_code'))
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_owner_uuid'))

    op.drop_table('attachment')
