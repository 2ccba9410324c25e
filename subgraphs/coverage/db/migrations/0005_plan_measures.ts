import type { Kysely } from 'kysely';

// Frozen: never import application code here.
/** Measures of the indicators the other four plans added: abuse-victim support, preschool enrolment, under-6 insurance. */
const COUNTS = [
  'abuse_supported',
  'abuse_victims',
  'preschool_enrolled',
  'preschool_age_children',
  'insurance_cards',
  'insurance_children',
];
const UNITS = ['preschool_schools', 'preschool_schools_reported', 'insurance_units_expected', 'insurance_units_reported'];

/** The schema builder's column-altering chain, whichever step it is at. */
type Alter = { addColumn(name: string, type: 'integer' | 'numeric', build?: (c: any) => any): Alter; execute(): Promise<void> };

export async function up(db: Kysely<any>): Promise<void> {
  let asFiled = db.schema.alterTable('commune_year') as unknown as Alter;
  for (const m of COUNTS) asFiled = asFiled.addColumn(m, 'integer');
  for (const m of UNITS) asFiled = asFiled.addColumn(m, 'integer', (c) => c.notNull().defaultTo(0));
  await asFiled.execute();
  // Apportioned figures are fractions of children: exact decimals, as in 0004.
  let basis = db.schema.alterTable('commune_year_basis') as unknown as Alter;
  for (const m of [...COUNTS, ...UNITS]) basis = basis.addColumn(m, 'numeric');
  await basis.execute();
}
