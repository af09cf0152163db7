"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 04:24:10.161323
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('auditentry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(), nullable=False),
    sa.Column('table_name', sa.String(), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('record_uuid', sa.String(), nullable=False),
    sa.Column('instrument_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('auditentry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_auditentry_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_auditentry_instrument_id'), ['instrument_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_auditentry_record_uuid'), ['record_uuid'], unique=False)

    op.create_table('country',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=2), nullable=False),
    sa.Column('name_ru', sa.String(), nullable=False),
    sa.Column('name_ky', sa.String(), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.Column('official_ru', sa.String(), nullable=False),
    sa.Column('official_ky', sa.String(), nullable=False),
    sa.Column('official_en', sa.String(), nullable=False),
    sa.Column('abbreviation', sa.String(), nullable=False),
    sa.Column('overridden', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code'),
    sa.UniqueConstraint('uuid')
    )
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('city', sa.String(), nullable=False),
    sa.Column('venue', sa.String(), nullable=False),
    sa.Column('level', sa.String(), nullable=True),
    sa.Column('participants', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('source_url', sa.String(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_start_date'), ['start_date'], unique=False)

    op.create_table('registrysetting',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('sector',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('name_ru', sa.String(), nullable=False),
    sa.Column('name_ky', sa.String(), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name_ru'),
    sa.UniqueConstraint('uuid')
    )
    op.create_table('instrument',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('registry_number', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('title_ky', sa.String(), nullable=False),
    sa.Column('title_en', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('level', sa.String(), nullable=False),
    sa.Column('multilateral', sa.Boolean(), nullable=False),
    sa.Column('subject', sa.String(), nullable=False),
    sa.Column('signed_date', sa.Date(), nullable=True),
    sa.Column('signed_date_precision', sa.String(), nullable=False),
    sa.Column('signed_place', sa.String(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('languages', sa.String(), nullable=False),
    sa.Column('duration_years', sa.Integer(), nullable=True),
    sa.Column('renewal_years', sa.Integer(), nullable=True),
    sa.Column('renewal_notice_months', sa.Integer(), nullable=True),
    sa.Column('max_renewals', sa.Integer(), nullable=True),
    sa.Column('effective_on_signature', sa.Boolean(), nullable=False),
    sa.Column('responsible_body', sa.String(), nullable=False),
    sa.Column('responsible_clerk', sa.String(), nullable=False),
    sa.Column('confidentiality', sa.String(), nullable=False),
    sa.Column('original_location', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('is_placeholder', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('in_force_since', sa.Date(), nullable=True),
    sa.Column('expiry_date', sa.Date(), nullable=True),
    sa.Column('next_deadline', sa.Date(), nullable=True),
    sa.Column('next_deadline_kind', sa.String(), nullable=True),
    sa.Column('derived_on', sa.Date(), nullable=True),
    sa.Column('derived_until', sa.Date(), nullable=True),
    sa.Column('counterpart', sa.String(), nullable=False),
    sa.Column('title_key', sa.String(), nullable=False),
    sa.Column('search_text', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('registry_number'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('instrument', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_instrument_confidentiality'), ['confidentiality'], unique=False)
        batch_op.create_index(batch_op.f('ix_instrument_counterpart'), ['counterpart'], unique=False)
        batch_op.create_index(batch_op.f('ix_instrument_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_instrument_derived_until'), ['derived_until'], unique=False)
        batch_op.create_index(batch_op.f('ix_instrument_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_instrument_level'), ['level'], unique=False)
        batch_op.create_index('ix_instrument_live_signed', ['deleted_at', 'signed_date'], unique=False)
        batch_op.create_index('ix_instrument_live_status', ['deleted_at', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_instrument_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_instrument_next_deadline'), ['next_deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_instrument_signed_date'), ['signed_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_instrument_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_instrument_title_key'), ['title_key'], unique=False)

    op.create_table('meetingcountry',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('country_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['country_id'], ['country.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.PrimaryKeyConstraint('meeting_id', 'country_id')
    )
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('name_key', sa.String(), nullable=False),
    sa.Column('name_ky', sa.String(), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.Column('short_name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('country_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['country_id'], ['country.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_country_id'), ['country_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_name_key'), ['name_key'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('instrument_id', sa.Integer(), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('media_type', sa.String(), nullable=False),
    sa.Column('original_name', sa.String(), nullable=False),
    sa.Column('added_by', sa.String(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['instrument_id'], ['instrument.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_instrument_id'), ['instrument_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)

    op.create_table('instrumentsector',
    sa.Column('instrument_id', sa.Integer(), nullable=False),
    sa.Column('sector_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['instrument_id'], ['instrument.id'], ),
    sa.ForeignKeyConstraint(['sector_id'], ['sector.id'], ),
    sa.PrimaryKeyConstraint('instrument_id', 'sector_id')
    )
    with op.batch_alter_table('instrumentsector', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_instrumentsector_sector_id'), ['sector_id'], unique=False)

    op.create_table('organisationformername',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('name_key', sa.String(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('organisationformername', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisationformername_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisationformername_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('full_name', sa.String(), nullable=False),
    sa.Column('position', sa.String(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_full_name'), ['full_name'], unique=False)

    op.create_table('relation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=True),
    sa.Column('note', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['instrument.id'], ),
    sa.ForeignKeyConstraint(['target_id'], ['instrument.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source_id', 'target_id', 'kind'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('relation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relation_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relation_target_id'), ['target_id'], unique=False)

    op.create_table('statusevent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('instrument_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('act_date', sa.Date(), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=True),
    sa.Column('party_organisation_id', sa.Integer(), nullable=True),
    sa.Column('reference', sa.String(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('entered_by', sa.String(), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['instrument_id'], ['instrument.id'], ),
    sa.ForeignKeyConstraint(['party_organisation_id'], ['organisation.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('statusevent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statusevent_instrument_id'), ['instrument_id'], unique=False)

    op.create_table('instrumentparty',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('instrument_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('signatory_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['instrument_id'], ['instrument.id'], ),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ),
    sa.ForeignKeyConstraint(['signatory_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('instrument_id', 'organisation_id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('instrumentparty', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_instrumentparty_instrument_id'), ['instrument_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_instrumentparty_organisation_id'), ['organisation_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('instrumentparty', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_instrumentparty_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_instrumentparty_instrument_id'))

    op.drop_table('instrumentparty')
    with op.batch_alter_table('statusevent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statusevent_instrument_id'))

    op.drop_table('statusevent')
    with op.batch_alter_table('relation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relation_target_id'))
        batch_op.drop_index(batch_op.f('ix_relation_source_id'))

    op.drop_table('relation')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_full_name'))

    op.drop_table('person')
    with op.batch_alter_table('organisationformername', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisationformername_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_organisationformername_name_key'))

    op.drop_table('organisationformername')
    with op.batch_alter_table('instrumentsector', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_instrumentsector_sector_id'))

    op.drop_table('instrumentsector')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_instrument_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_name_key'))
        batch_op.drop_index(batch_op.f('ix_organisation_name'))
        batch_op.drop_index(batch_op.f('ix_organisation_country_id'))

    op.drop_table('organisation')
    op.drop_table('meetingcountry')
    with op.batch_alter_table('instrument', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_instrument_title_key'))
        batch_op.drop_index(batch_op.f('ix_instrument_status'))
        batch_op.drop_index(batch_op.f('ix_instrument_signed_date'))
        batch_op.drop_index(batch_op.f('ix_instrument_next_deadline'))
        batch_op.drop_index(batch_op.f('ix_instrument_meeting_id'))
        batch_op.drop_index('ix_instrument_live_status')
        batch_op.drop_index('ix_instrument_live_signed')
        batch_op.drop_index(batch_op.f('ix_instrument_level'))
        batch_op.drop_index(batch_op.f('ix_instrument_kind'))
        batch_op.drop_index(batch_op.f('ix_instrument_derived_until'))
        batch_op.drop_index(batch_op.f('ix_instrument_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_instrument_counterpart'))
        batch_op.drop_index(batch_op.f('ix_instrument_confidentiality'))

    op.drop_table('instrument')
    op.drop_table('sector')
    op.drop_table('registrysetting')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_start_date'))
        batch_op.drop_index(batch_op.f('ix_meeting_deleted_at'))

    op.drop_table('meeting')
    op.drop_table('country')
    with op.batch_alter_table('auditentry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_auditentry_record_uuid'))
        batch_op.drop_index(batch_op.f('ix_auditentry_instrument_id'))
        batch_op.drop_index(batch_op.f('ix_auditentry_at'))

    op.drop_table('auditentry')

