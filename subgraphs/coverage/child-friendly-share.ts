import type { Kysely } from 'kysely';
import { FEEDING_INDICATORS, qualification, type RecordedAssessment } from './child-friendly.ts';
import { listAssessments, listIndicators, setChildFriendlyMeasures, type ChildFriendlyMeasures } from './db/repository.ts';
import type { CommuneYear, CoverageDB, NewCommuneYear } from './db/tables.ts';
import type { Indicator } from './registry.ts';
import { communeRowSums, valuesOf } from './resolvers/values.ts';

/**
 * The share of child-friendly communes (CHILD_FRIENDLY_COMMUNE) is an indicator like any other:
 * its measures sit in the read model, so it rolls up to district, province, group and nation.
 * They are computed from the row's own figures as filed and the assessments recorded, at refresh
 * and again whenever an officer records an assessment.
 */
type Db = Kysely<CoverageDB>;

const feeding = async (db: Db): Promise<Indicator[]> => (await listIndicators(db)).filter((i) => FEEDING_INDICATORS.includes(i.id));

const toRecorded = (r: {
  criterion: number;
  met: boolean;
  note: string | null;
  recorded_by: string;
  recorded_at: string | Date;
}): RecordedAssessment => ({
  criterion: r.criterion,
  met: r.met,
  note: r.note,
  recordedBy: r.recorded_by,
  recordedAt: new Date(r.recorded_at).toISOString(),
});

/** A commune-year's measures: 1/0 qualifies or not, null while undecided (missing is never zero); 1 commune; assessments complete. */
function measuresOf(indicators: Indicator[], row: NewCommuneYear, recorded: RecordedAssessment[]): ChildFriendlyMeasures {
  const values = valuesOf(indicators, row.year, communeRowSums(indicators, row as CommuneYear));
  const { qualifies, assessedAll } = qualification(values, recorded);
  return {
    child_friendly_qualifying: qualifies === null ? null : qualifies ? 1 : 0,
    child_friendly_communes: 1,
    child_friendly_assessed: assessedAll ? 1 : 0,
  };
}

/** The rows of one province-year with their child-friendly measures, before they are stored. */
export async function withChildFriendly(db: Db, year: number, rows: NewCommuneYear[]): Promise<NewCommuneYear[]> {
  const indicators = await feeding(db);
  const recorded = new Map<string, RecordedAssessment[]>();
  const versions = rows.map((r) => ({ code: r.code, validFrom: r.valid_from }));
  for (const a of await listAssessments(db, year, versions)) {
    const key = `${a.code}|${a.valid_from}`;
    recorded.set(key, [...(recorded.get(key) ?? []), toRecorded(a)]);
  }
  return rows.map((r) => ({ ...r, ...measuresOf(indicators, r, recorded.get(`${r.code}|${r.valid_from}`) ?? []) }));
}

/** After an assessment is recorded: the commune-year's measures again, from its stored figures and every record. */
export async function recomputeChildFriendly(db: Db, row: CommuneYear): Promise<void> {
  const recorded = (await listAssessments(db, row.year, [{ code: row.code, validFrom: row.valid_from }])).map(toRecorded);
  await setChildFriendlyMeasures(db, row.code, row.valid_from, row.year, measuresOf(await feeding(db), row, recorded));
}
