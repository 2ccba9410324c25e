import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
/**
 * The name-search index: one row per word-suffix of each unit version's name ("xa thanh linh",
 * "thanh linh", "linh"), folded (case, tone marks, đ). A prefix range on `key` finds exact,
 * prefix and word-contains matches in one btree scan, in PostgreSQL and in PGlite alike, with
 * no extension (pg_trgm is database-wide, needs loading into PGlite, and a schema dropped with
 * CASCADE would take it from every other schema of the database).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('place_name')
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('PROVINCE', 'DISTRICT', 'COMMUNE')`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_until', 'date')
    // "C" collation: byte order, so a prefix is one contiguous btree range.
    .addColumn('key', sql`text collate "C"`, (c) => c.notNull())
    // true when the key is a whole name form (the short name, or the full name with its unit kind)
    .addColumn('whole', 'boolean', (c) => c.notNull())
    .addPrimaryKeyConstraint('place_name_pk', ['key', 'level', 'code', 'valid_from'])
    .execute();
}
