import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
const MEASURES = [
  'checkup_examined',
  'checkup_population',
  'checkup_units_expected',
  'checkup_units_reported',
  'meal_served',
  'meal_enrolled',
  'meal_schools',
  'meal_schools_reported',
  'play_equipped',
  'play_known',
  'play_units_expected',
  'play_units_reported',
  'special_supported',
  'special_children',
  'poor_supported',
  'poor_children',
  'in_need_children',
  'fund_disbursed',
  'labour_units_expected',
  'labour_units_reported',
];

export async function up(db: Kysely<any>): Promise<void> {
  let table = db.schema
    .createTable('commune_year_basis')
    .addColumn('basis_date', 'date', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_until', 'date')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text')
    .addColumn('mountainous', 'boolean', (c) => c.notNull())
    .addColumn('ethnic_minority_area', 'boolean', (c) => c.notNull())
    .addColumn('extremely_difficult', 'boolean', (c) => c.notNull());
  // Apportioned figures are fractions of children (and of đồng): exact decimals, never floating point.
  for (const m of MEASURES) table = table.addColumn(m, 'numeric');
  await table
    .addColumn('estimates', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('sources', 'integer', (c) => c.notNull())
    .addColumn('refreshed_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('commune_year_basis_pk', ['basis_date', 'year', 'code', 'valid_from'])
    .execute();
  await db.schema
    .createTable('basis_ledger')
    .addColumn('basis_date', 'date', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('ledger', 'jsonb', (c) => c.notNull())
    .addColumn('refreshed_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('basis_ledger_pk', ['basis_date', 'year'])
    .execute();
}
