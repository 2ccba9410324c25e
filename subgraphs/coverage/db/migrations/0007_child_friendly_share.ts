import type { Kysely } from 'kysely';

// Frozen: never import application code here.
/**
 * The share of child-friendly communes (Decision 06/2019/QĐ-TTg) as read-model measures: whether
 * the commune-year qualifies (1, 0, or null while it cannot be decided), 1 per commune (the
 * share's denominator), and whether every commune-assessed criterion is recorded (completeness).
 * Nullable on both tables: a basis row carries them only for the very version assessed.
 */
const COLUMNS = ['child_friendly_qualifying', 'child_friendly_communes', 'child_friendly_assessed'];

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['commune_year', 'commune_year_basis']) {
    let alter = db.schema.alterTable(table).addColumn(COLUMNS[0]!, 'integer');
    for (const c of COLUMNS.slice(1)) alter = alter.addColumn(c, 'integer');
    await alter.execute();
  }
}
