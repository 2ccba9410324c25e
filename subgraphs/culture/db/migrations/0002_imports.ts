import type { Kysely } from 'kysely';
import { up as importTables } from '../../../../lib/import/migration-v1.ts';

// Frozen: the import batch, provenance, history and rejection tables (lib/import/migration-v1.ts, itself frozen).
export async function up(db: Kysely<any>): Promise<void> {
  await importTables(db);
}
