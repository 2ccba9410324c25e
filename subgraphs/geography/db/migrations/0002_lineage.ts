import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
export async function up(db: Kysely<any>, { schema }: { schema: string }): Promise<void> {
  const table = (name: string) => sql.id(schema, name);
  // Communes of 2021-11-01 gone by 2025-03-01: the unit each merged into, or why it is unknown.
  await db.schema
    .createTable('commune_merger')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('successor_code', 'text')
    .addColumn('successor_valid_from', 'date')
    .addColumn('successor_name', 'text')
    .addColumn('transfer', 'text', (c) => c.check(sql`transfer in ('full', 'partial')`))
    // MERGER_LIST: the public list says so; SAME_NAME_IN_DISTRICT: derived from the snapshots.
    .addColumn('basis', 'text', (c) => c.check(sql`basis in ('MERGER_LIST', 'SAME_NAME_IN_DISTRICT')`))
    .addColumn('source_url', 'text')
    .addColumn('source_year', 'integer')
    .addColumn('unmatched_reason', 'text')
    .addColumn('source_names', 'text')
    .addCheckConstraint('commune_merger_linked_or_explained', sql`(successor_code is null) = (unmatched_reason is not null)`)
    .addCheckConstraint('commune_merger_linked_with_basis', sql`(successor_code is null) = (basis is null)`)
    .execute();
  await db.schema.createIndex('commune_merger_code_idx').on('commune_merger').columns(['code', 'valid_from']).execute();
  await db.schema
    .createIndex('commune_merger_successor_idx')
    .on('commune_merger')
    .columns(['successor_code', 'successor_valid_from'])
    .execute();

  // Every link between two commune versions the directory holds, whatever establishes it; the
  // lineage walks this. Links always point forward in time (the target outlives the source).
  await sql`
    create view ${table('commune_link')} as
      select p.code as from_code, p.valid_from as from_valid_from, n.code as to_code, n.valid_from as to_valid_from,
             'full'::text as transfer, 'SAME_CODE'::text as basis
        from ${table('commune')} p
        join ${table('commune')} n on n.code = p.code and n.valid_from = p.valid_until + 1
       where n.valid_from <> date '2025-07-01'
      union all
      select o.code, o.valid_from, n.code, n.valid_from, x.transfer, 'REFORM_CROSSWALK_2025'
        from ${table('reform_crosswalk')} x
        join ${table('commune')} n on n.code = x.code and n.valid_from = date '2025-07-01'
        join ${table('commune')} o on o.code = x.predecessor_code and o.valid_from <= date '2025-06-30'
                      and (o.valid_until is null or o.valid_until >= date '2025-06-30')
      union all
      select m.code, m.valid_from, n.code, n.valid_from, m.transfer,
             case m.basis when 'MERGER_LIST' then 'COMMUNE_MERGER_2021_2025' else 'SAME_NAME_IN_DISTRICT_2025' end
        from ${table('commune_merger')} m
        join ${table('commune')} o on o.code = m.code and o.valid_from = m.valid_from
        join ${table('commune')} n on n.code = m.successor_code and n.valid_from = m.successor_valid_from
  `.execute(db);
}
