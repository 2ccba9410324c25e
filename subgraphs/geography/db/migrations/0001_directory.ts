import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  const version = (table: string) =>
    db.schema
      .createTable(table)
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('valid_from', 'date', (c) => c.notNull())
      .addColumn('valid_until', 'date')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('full_name', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['code', 'valid_from']);

  await version('province').execute();
  await version('district')
    .addColumn('province_code', 'text', (c) => c.notNull())
    .execute();
  await version('commune')
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text')
    .execute();
  await db.schema.createIndex('commune_province_idx').on('commune').columns(['province_code', 'valid_from']).execute();
  await db.schema.createIndex('commune_district_idx').on('commune').columns(['district_code', 'valid_from']).execute();

  await db.schema
    .createTable('snapshot')
    .addColumn('date', 'date', (c) => c.primaryKey())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('provinces', 'integer', (c) => c.notNull())
    .addColumn('districts', 'integer', (c) => c.notNull())
    .addColumn('communes', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('reform_crosswalk')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('predecessor_code', 'text', (c) => c.notNull())
    .addColumn('predecessor_name', 'text', (c) => c.notNull())
    .addColumn('transfer', 'text', (c) => c.notNull().check(sql`transfer in ('full', 'partial')`))
    .execute();
  await db.schema.createIndex('crosswalk_code_idx').on('reform_crosswalk').column('code').execute();
  await db.schema.createIndex('crosswalk_predecessor_idx').on('reform_crosswalk').column('predecessor_code').execute();

  await db.schema
    .createTable('classification')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('commune_code', 'text', (c) => c.notNull())
    .addColumn('commune_valid_from', 'date', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_until', 'date')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('synthetic', 'boolean', (c) => c.notNull())
    .addForeignKeyConstraint('classification_commune_fk', ['commune_code', 'commune_valid_from'], 'commune', ['code', 'valid_from'])
    .execute();
  await db.schema.createIndex('classification_commune_idx').on('classification').columns(['commune_code', 'commune_valid_from']).execute();

  await db.schema
    .createTable('dataset_info')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
