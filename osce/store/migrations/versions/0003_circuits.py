"""mock OSCE circuits, their encounters and examiners' marks (issue 8)

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('circuits',
    sa.Column('id', sa.String(length=80), nullable=False),
    sa.Column('plan', sa.JSON(), nullable=False),
    sa.Column('clock', sa.JSON(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('circuit_encounters',
    sa.Column('encounter_id', sa.String(length=48), nullable=False),
    sa.Column('circuit_id', sa.String(length=80), nullable=False),
    sa.Column('candidate', sa.String(length=200), nullable=False),
    sa.Column('station_index', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['circuit_id'], ['circuits.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounters.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('encounter_id'),
    sa.UniqueConstraint('circuit_id', 'candidate', 'round')
    )
    with op.batch_alter_table('circuit_encounters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_circuit_encounters_circuit_id'), ['circuit_id'],
                              unique=False)
    op.create_table('examiner_marks',
    sa.Column('encounter_id', sa.String(length=48), nullable=False),
    sa.Column('circuit_id', sa.String(length=80), nullable=False),
    sa.Column('station_id', sa.String(length=100), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('global_rating', sa.String(length=64), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('by', sa.String(length=64), nullable=False),
    sa.Column('at', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounters.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('encounter_id')
    )
    with op.batch_alter_table('examiner_marks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_examiner_marks_circuit_id'), ['circuit_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_examiner_marks_station_id'), ['station_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('examiner_marks')
    op.drop_table('circuit_encounters')
    op.drop_table('circuits')
