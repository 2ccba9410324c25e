import type { Kysely } from 'kysely';

// Frozen: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('commune_year')
    .addColumn('district_valid_from', 'date')
    .addColumn('labour_yearly_submitted_on', 'date')
    .addColumn('labour_six_month_submitted_on', 'date')
    .addColumn('health_submitted_on', 'date')
    .addColumn('culture_submitted_on', 'date')
    .execute();
  await db.schema
    .createTable('reporting_deadline')
    .addColumn('position', 'integer', (c) => c.primaryKey())
    .addColumn('province_code', 'text')
    .addColumn('agency', 'text')
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('month_day', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .execute();
}
