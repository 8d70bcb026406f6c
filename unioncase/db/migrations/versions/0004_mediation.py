"""mediation: organizations, mediators and 劳动争议调解 cases

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('mediation_organization',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('station_code', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=50), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('org_type', sa.String(length=20), nullable=False),
    sa.Column('town', sa.String(length=50), nullable=True),
    sa.Column('founded_on', sa.Date(), nullable=True),
    sa.Column('contact', sa.String(length=50), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('mediation_organization', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_organization_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_organization_station_code'), ['station_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_organization_uuid'), ['uuid'], unique=True)

    op.create_table('mediation_case',
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
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('respondent_id', sa.Integer(), nullable=True),
    sa.Column('respondent_representative', sa.String(length=50), nullable=True),
    sa.Column('respondent_phone', sa.String(length=30), nullable=True),
    sa.Column('dispute_type', sa.String(length=20), nullable=False),
    sa.Column('facts', sa.String(length=2000), nullable=False),
    sa.Column('head_count', sa.Integer(), nullable=False),
    sa.Column('is_collective', sa.Boolean(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('reject_reason', sa.String(length=1000), nullable=True),
    sa.Column('limit_due', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('extended', sa.Boolean(), nullable=False),
    sa.Column('extension_consent', sa.Boolean(), nullable=False),
    sa.Column('extension_reason', sa.String(length=1000), nullable=True),
    sa.Column('concluded_on', sa.Date(), nullable=True),
    sa.Column('outcome_reason', sa.String(length=1000), nullable=True),
    sa.Column('concluded_late', sa.Boolean(), nullable=False),
    sa.Column('agreement_terms', sa.String(length=4000), nullable=True),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('court_confirm_due', sa.Date(), nullable=True),
    sa.Column('arbitration_limit_on', sa.Date(), nullable=True),
    sa.Column('performance', sa.String(length=20), nullable=True),
    sa.Column('performance_on', sa.Date(), nullable=True),
    sa.Column('performance_note', sa.String(length=1000), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['mediation_organization.id'], ),
    sa.ForeignKeyConstraint(['respondent_id'], ['enterprise.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_case_applied_on'), ['applied_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_case_concluded_on'), ['concluded_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_case_dispute_type'), ['dispute_type'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_case_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_case_is_collective'), ['is_collective'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_case_number'), ['number'], unique=True)
        batch_op.create_index(batch_op.f('ix_mediation_case_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_case_respondent_id'), ['respondent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_case_station_code'), ['station_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_case_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_case_uuid'), ['uuid'], unique=True)

    op.create_table('mediation_agreement_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('station_code', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=50), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=200), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('payer', sa.String(length=200), nullable=False),
    sa.Column('payee', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('mediation_agreement_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_agreement_item_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_agreement_item_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_agreement_item_station_code'), ['station_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_agreement_item_uuid'), ['uuid'], unique=True)

    op.create_table('mediation_claim',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('station_code', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=50), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=200), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('mediation_claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_claim_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_claim_station_code'), ['station_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_claim_uuid'), ['uuid'], unique=True)

    op.create_table('mediation_party',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('station_code', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=50), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('mediation_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_party_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_party_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_party_station_code'), ['station_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_party_uuid'), ['uuid'], unique=True)

    op.create_table('mediation_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('station_code', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=50), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('attendees', sa.String(length=500), nullable=False),
    sa.Column('record', sa.String(length=20000), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('mediation_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_session_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_session_station_code'), ['station_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_session_uuid'), ['uuid'], unique=True)

    op.create_table('mediator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('station_code', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=50), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('certificate_number', sa.String(length=50), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['mediation_organization.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('mediator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediator_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediator_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediator_station_code'), ['station_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediator_uuid'), ['uuid'], unique=True)

    op.create_table('mediation_case_mediator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('station_code', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=50), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('mediator_id', sa.Integer(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], ),
    sa.ForeignKeyConstraint(['mediator_id'], ['mediator.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('mediation_case_mediator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_case_mediator_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_case_mediator_mediator_id'), ['mediator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_case_mediator_station_code'), ['station_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_case_mediator_uuid'), ['uuid'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('mediation_case_mediator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_case_mediator_uuid'))
        batch_op.drop_index(batch_op.f('ix_mediation_case_mediator_station_code'))
        batch_op.drop_index(batch_op.f('ix_mediation_case_mediator_mediator_id'))
        batch_op.drop_index(batch_op.f('ix_mediation_case_mediator_case_id'))

    op.drop_table('mediation_case_mediator')
    with op.batch_alter_table('mediator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediator_uuid'))
        batch_op.drop_index(batch_op.f('ix_mediator_station_code'))
        batch_op.drop_index(batch_op.f('ix_mediator_person_id'))
        batch_op.drop_index(batch_op.f('ix_mediator_organization_id'))

    op.drop_table('mediator')
    with op.batch_alter_table('mediation_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_session_uuid'))
        batch_op.drop_index(batch_op.f('ix_mediation_session_station_code'))
        batch_op.drop_index(batch_op.f('ix_mediation_session_case_id'))

    op.drop_table('mediation_session')
    with op.batch_alter_table('mediation_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_party_uuid'))
        batch_op.drop_index(batch_op.f('ix_mediation_party_station_code'))
        batch_op.drop_index(batch_op.f('ix_mediation_party_person_id'))
        batch_op.drop_index(batch_op.f('ix_mediation_party_case_id'))

    op.drop_table('mediation_party')
    with op.batch_alter_table('mediation_claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_claim_uuid'))
        batch_op.drop_index(batch_op.f('ix_mediation_claim_station_code'))
        batch_op.drop_index(batch_op.f('ix_mediation_claim_case_id'))

    op.drop_table('mediation_claim')
    with op.batch_alter_table('mediation_agreement_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_agreement_item_uuid'))
        batch_op.drop_index(batch_op.f('ix_mediation_agreement_item_station_code'))
        batch_op.drop_index(batch_op.f('ix_mediation_agreement_item_due_on'))
        batch_op.drop_index(batch_op.f('ix_mediation_agreement_item_case_id'))

    op.drop_table('mediation_agreement_item')
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_case_uuid'))
        batch_op.drop_index(batch_op.f('ix_mediation_case_status'))
        batch_op.drop_index(batch_op.f('ix_mediation_case_station_code'))
        batch_op.drop_index(batch_op.f('ix_mediation_case_respondent_id'))
        batch_op.drop_index(batch_op.f('ix_mediation_case_organization_id'))
        batch_op.drop_index(batch_op.f('ix_mediation_case_number'))
        batch_op.drop_index(batch_op.f('ix_mediation_case_is_collective'))
        batch_op.drop_index(batch_op.f('ix_mediation_case_due_on'))
        batch_op.drop_index(batch_op.f('ix_mediation_case_dispute_type'))
        batch_op.drop_index(batch_op.f('ix_mediation_case_concluded_on'))
        batch_op.drop_index(batch_op.f('ix_mediation_case_applied_on'))

    op.drop_table('mediation_case')
    with op.batch_alter_table('mediation_organization', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_organization_uuid'))
        batch_op.drop_index(batch_op.f('ix_mediation_organization_station_code'))
        batch_op.drop_index(batch_op.f('ix_mediation_organization_name'))

    op.drop_table('mediation_organization')
