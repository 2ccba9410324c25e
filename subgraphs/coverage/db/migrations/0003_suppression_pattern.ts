import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  // One year's suppression pattern and its audit, computed when the year's read model is refreshed.
  await db.schema
    .createTable('suppression_pattern')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('stamp', 'text', (c) => c.notNull())
    .addColumn('pattern', 'jsonb', (c) => c.notNull())
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
