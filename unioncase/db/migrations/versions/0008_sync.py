"""offline sync: revisions, aliases, conflicts, bundles and pinned keys; shipped rows get the
same UUID in every database

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SHIPPED_STATION = "*"
# Written out here (not imported) so the migration never changes when the code does.
SHIPPED_NAMESPACE = uuid.UUID("6f1b8a53-2f0e-4c55-9d8e-4b1c3f0a7e21")
# The shipped rows of these tables and the column that names each of them.
SHIPPED = (("calendar_day", "day"), ("intake_category", "name"), ("aid_program", "name"))


def upgrade() -> None:
    op.create_table(
        'sync_record',
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.Column('entity', sa.String(length=50), nullable=False),
        sa.Column('revision', sa.String(length=64), nullable=False),
        sa.Column('ancestry', sa.String(), nullable=False),
        sa.Column('content_hash', sa.String(length=64), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=True),
        sa.Column('origin', sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint('uuid'),
    )
    with op.batch_alter_table('sync_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_record_entity'), ['entity'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_record_seq'), ['seq'], unique=False)

    op.create_table(
        'sync_alias',
        sa.Column('alias_uuid', sa.String(length=36), nullable=False),
        sa.Column('entity', sa.String(length=50), nullable=False),
        sa.Column('target_uuid', sa.String(length=36), nullable=False),
        sa.Column('station_code', sa.String(length=20), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('alias_uuid'),
    )
    with op.batch_alter_table('sync_alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_alias_target_uuid'), ['target_uuid'],
                              unique=False)

    op.create_table(
        'sync_conflict',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('entity', sa.String(length=50), nullable=False),
        sa.Column('record_uuid', sa.String(length=36), nullable=False),
        sa.Column('remote_uuid', sa.String(length=36), nullable=False),
        sa.Column('local_revision', sa.String(length=64), nullable=False),
        sa.Column('remote_revision', sa.String(length=64), nullable=False),
        sa.Column('remote_ancestry', sa.String(), nullable=False),
        sa.Column('remote_payload', sa.String(), nullable=False),
        sa.Column('remote_station', sa.String(length=20), nullable=False),
        sa.Column('export_id', sa.String(length=36), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('resolved_at', sa.DateTime(), nullable=True),
        sa.Column('resolved_by', sa.String(length=50), nullable=True),
        sa.Column('resolution', sa.String(length=10), nullable=True),
        sa.Column('result_revision', sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_entity'), ['entity'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_record_uuid'), ['record_uuid'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_remote_station'), ['remote_station'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_resolved_at'), ['resolved_at'],
                              unique=False)

    op.create_table(
        'sync_bundle',
        sa.Column('export_id', sa.String(length=36), nullable=False),
        sa.Column('direction', sa.String(length=3), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('station_code', sa.String(length=20), nullable=False),
        sa.Column('to_station', sa.String(length=20), nullable=False),
        sa.Column('channel', sa.String(length=40), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('previous_hash', sa.String(length=64), nullable=False),
        sa.Column('file_hash', sa.String(length=64), nullable=False),
        sa.Column('since_ack', sa.Integer(), nullable=False),
        sa.Column('acked_seq', sa.Integer(), nullable=True),
        sa.Column('records', sa.Integer(), nullable=False),
        sa.Column('summary', sa.String(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('acknowledged_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('export_id'),
    )
    with op.batch_alter_table('sync_bundle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_bundle_channel'), ['channel'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_bundle_station_code'), ['station_code'],
                              unique=False)

    op.create_table(
        'sync_peer',
        sa.Column('station_code', sa.String(length=20), nullable=False),
        sa.Column('public_key', sa.String(length=64), nullable=False),
        sa.Column('pinned_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('station_code'),
    )

    # The rows every database is shipped with (holidays, intake categories, aid programs) were
    # given random UUIDs; name them alike everywhere, so a center and its stations agree on them.
    bind = op.get_bind()
    for table, key in SHIPPED:
        rows = bind.execute(sa.text(
            f"SELECT id, uuid, {key} FROM {table} WHERE station_code = :shipped"
        ), {"shipped": SHIPPED_STATION}).all()
        for row_id, old, natural in rows:
            new = str(uuid.uuid5(SHIPPED_NAMESPACE, f"{table}:{natural}"))
            bind.execute(sa.text(f"UPDATE {table} SET uuid = :new WHERE id = :id"),
                         {"new": new, "id": row_id})
            bind.execute(sa.text("UPDATE audit_event SET entity_uuid = :new "
                                 "WHERE entity_uuid = :old"), {"new": new, "old": old})


def downgrade() -> None:
    op.drop_table('sync_peer')
    op.drop_table('sync_bundle')
    op.drop_table('sync_conflict')
    op.drop_table('sync_alias')
    op.drop_table('sync_record')
