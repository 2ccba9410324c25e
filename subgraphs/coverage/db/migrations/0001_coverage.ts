import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  const counts = [
    'checkup_units_expected',
    'checkup_units_reported',
    'meal_schools',
    'meal_schools_reported',
    'play_units_expected',
    'play_units_reported',
    'labour_units_expected',
    'labour_units_reported',
  ];
  const measures = [
    'checkup_examined',
    'checkup_population',
    'meal_served',
    'meal_enrolled',
    'play_equipped',
    'play_known',
    'special_supported',
    'special_children',
    'poor_supported',
    'poor_children',
    'in_need_children',
  ];
  let table = db.schema
    .createTable('commune_year')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_until', 'date')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text')
    .addColumn('mountainous', 'boolean', (c) => c.notNull())
    .addColumn('ethnic_minority_area', 'boolean', (c) => c.notNull())
    .addColumn('extremely_difficult', 'boolean', (c) => c.notNull());
  for (const m of measures) table = table.addColumn(m, 'integer');
  table = table.addColumn('fund_disbursed', 'numeric');
  for (const c of counts) table = table.addColumn(c, 'integer', (col) => col.notNull());
  await table
    .addColumn('refreshed_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('commune_year_pk', ['code', 'valid_from', 'year'])
    .execute();
  await db.schema.createIndex('commune_year_province_idx').on('commune_year').columns(['year', 'province_code']).execute();
  await db.schema.createIndex('commune_year_district_idx').on('commune_year').columns(['year', 'district_code']).execute();

  await db.schema
    .createTable('indicator')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('refresh_log')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('refreshed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('communes', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('refresh_log_pk', ['year', 'province_code'])
    .execute();
}
