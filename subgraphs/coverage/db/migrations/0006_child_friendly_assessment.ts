import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
/**
 * What an officer of a commune's area recorded of the child-friendly criteria the agencies' data
 * do not feed (Decision 06/2019/QĐ-TTg). Append-only: every recording is a row, with who made it,
 * when and under which request, so the table is its own audit trail; the latest row counts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('child_friendly_assessment')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('criterion', 'integer', (c) => c.notNull().check(sql`criterion between 1 and 13`))
    .addColumn('met', 'boolean', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('child_friendly_assessment_commune_idx')
    .on('child_friendly_assessment')
    .columns(['code', 'valid_from', 'year'])
    .execute();
}
