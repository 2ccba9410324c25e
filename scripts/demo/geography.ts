import type { Kysely } from 'kysely';
import type { World } from './world.ts';
import { insertClassifications, writeDatasetInfo } from '../../subgraphs/geography/db/repository.ts';
import type { GeographyDB } from '../../subgraphs/geography/db/tables.ts';

export const SYNTHETIC_CLASSIFICATION_SOURCE =
  "SYNTHETIC demo data (the project's demo generator): not an official list; proportions imitate the real ones";

/** Geography's part of the demo: synthetic classifications, and the provenance every client can read. */
export async function seedDemo(db: Kysely<GeographyDB>, world: World): Promise<Record<string, number>> {
  const rows = world.communes.flatMap((c) =>
    [...c.classes].map((kind) => ({
      commune_code: c.code,
      commune_valid_from: c.validFrom,
      kind,
      valid_from: c.validFrom,
      valid_until: c.validUntil,
      source: SYNTHETIC_CLASSIFICATION_SOURCE,
      synthetic: true,
    })),
  );
  await insertClassifications(db, rows);
  const { seed, provinces, childrenPerCommune } = world.options;
  await writeDatasetInfo(db, {
    synthetic: 'true',
    description:
      `Synthetic demo data, generated with seed ${seed}: schools, check-ups, play areas, children and support are invented ` +
      `(about ${childrenPerCommune} children per commune); only the geography is real.`,
    seed: String(seed),
    childrenPerCommune: String(childrenPerCommune),
    scope: provinces === 'all' ? 'all' : provinces.join(','),
    provinces: [...new Set(world.communes.map((c) => c.provinceCode))].sort().join(','),
    loadedAt: new Date().toISOString(),
  });
  return { classification: rows.length };
}
