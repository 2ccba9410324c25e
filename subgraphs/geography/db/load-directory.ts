import type { Kysely } from 'kysely';
import { insertInChunks } from '../../../lib/db.ts';
import { readTsv } from '../../../lib/directory/files.ts';
import { searchKeys } from '../names.ts';
import type { GeographyDB, PlaceLevel } from './tables.ts';

const orNull = (value: string | undefined) => (value ? value : null);

/** Loads the compact directory shipped in ../data. Runs once per database: a directory already loaded is left as it is. */
export async function loadDirectory(db: Kysely<GeographyDB>): Promise<{ loaded: boolean }> {
  const existing = await db.selectFrom('snapshot').select('date').limit(1).execute();
  if (existing.length) {
    // A directory loaded before the mergers table existed gets the mergers on their own.
    const mergers = await db.selectFrom('commune_merger').select('id').limit(1).execute();
    if (!mergers.length) await loadMergers(db);
    // Likewise the name-search index, for a directory loaded before it existed.
    const names = await db.selectFrom('place_name').select('code').limit(1).execute();
    if (!names.length) await db.transaction().execute((trx) => indexNames(trx));
    return { loaded: false };
  }

  await db.transaction().execute(async (trx) => {
    const unit = (r: Record<string, string>) => ({
      code: r.code!,
      valid_from: r.valid_from!,
      valid_until: orNull(r.valid_until),
      name: r.name!,
      full_name: r.full_name!,
      name_en: r.name_en!,
      kind: r.kind!,
    });
    await trx.insertInto('province').values(readTsv('provinces').map(unit)).execute();
    await insertInChunks(
      readTsv('districts').map((r) => ({ ...unit(r), province_code: r.province_code! })),
      (chunk) => trx.insertInto('district').values(chunk).execute(),
    );
    await insertInChunks(
      readTsv('communes').map((r) => ({ ...unit(r), province_code: r.province_code!, district_code: orNull(r.district_code) })),
      (chunk) => trx.insertInto('commune').values(chunk).execute(),
    );
    await insertInChunks(
      readTsv('crosswalk').map((r) => ({
        province_code: r.province_code!,
        code: r.code!,
        name: r.name!,
        predecessor_code: r.predecessor_code!,
        predecessor_name: r.predecessor_name!,
        transfer: r.transfer as 'full' | 'partial',
      })),
      (chunk) => trx.insertInto('reform_crosswalk').values(chunk).execute(),
    );
    await trx
      .insertInto('snapshot')
      .values(
        readTsv('snapshots').map((r) => ({
          date: r.date!,
          legal_basis: r.legal_basis!,
          provinces: Number(r.provinces),
          districts: Number(r.districts),
          communes: Number(r.communes),
        })),
      )
      .execute();
    await loadMergers(trx);
    await indexNames(trx);
  });
  return { loaded: true };
}

/** Fills the name-search index from the unit versions already loaded. */
async function indexNames(db: Kysely<GeographyDB>): Promise<void> {
  const levels: [PlaceLevel, 'province' | 'district' | 'commune'][] = [
    ['PROVINCE', 'province'],
    ['DISTRICT', 'district'],
    ['COMMUNE', 'commune'],
  ];
  for (const [level, table] of levels) {
    const units = await db.selectFrom(table).select(['code', 'valid_from', 'valid_until', 'name', 'full_name']).execute();
    const rows = units.flatMap((u) =>
      searchKeys(u.name, u.full_name).map(({ key, whole }) => ({
        level,
        code: u.code,
        valid_from: u.valid_from,
        valid_until: u.valid_until,
        key,
        whole,
      })),
    );
    await insertInChunks(rows, (chunk) => db.insertInto('place_name').values(chunk).execute());
  }
}

/** The 2021–2025 mergers, row for row: linked rows and unmatched ones with their reason. */
async function loadMergers(db: Kysely<GeographyDB>): Promise<void> {
  await insertInChunks(
    readTsv('mergers-2021-2025').map((r) => ({
      code: r.code!,
      valid_from: r.valid_from!,
      name: r.name!,
      successor_code: orNull(r.successor_code),
      successor_valid_from: orNull(r.successor_valid_from),
      successor_name: orNull(r.successor_name),
      transfer: orNull(r.transfer) as 'full' | 'partial' | null,
      basis: orNull(r.basis) as 'MERGER_LIST' | 'SAME_NAME_IN_DISTRICT' | null,
      source_url: orNull(r.source_url),
      source_year: r.source_year ? Number(r.source_year) : null,
      unmatched_reason: orNull(r.unmatched_reason) as GeographyDB['commune_merger']['unmatched_reason'],
      source_names: orNull(r.source_names),
    })),
    (chunk) => db.insertInto('commune_merger').values(chunk).execute(),
  );
}
