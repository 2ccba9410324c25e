import type { Kysely } from 'kysely';
import { getDirectory, inForceOn } from '../../lib/directory/lineage.ts';
import { apportionedDays } from '../../lib/directory/onto-date.ts';
import { readTsv } from '../../lib/directory/files.ts';
import { DIRECTORY_START, REFORM_DATE, addDays, directoryDay, schoolYearForCalendarYear } from '../../lib/periods.ts';
import { listCommuneYears, replaceBasisYear } from './db/repository.ts';
import { MEASURE_COLUMNS, VERSION_MEASURES, type CoverageDB, type NewCommuneYear } from './db/tables.ts';
import { communeId, rebaseYear, type ChildMeasure, type Placed, type RebasedRow, type Transitions } from './rebase.ts';
import { PAGE, fetchData, fetchPage, referenceDate, toRow, type Node, type RefreshOptions } from './refresh.ts';

/**
 * The geographies the read model is also kept on: the communes as they stood when the plans
 * were issued (the first snapshot, in force until the 2025 mergers) and today's, since the
 * reform. Each costs one more table pass at refresh time, none at request time.
 */
export const BASIS_DATES = [DIRECTORY_START, REFORM_DATE] as const;

const snapshotDates = () =>
  readTsv('snapshots')
    .map((r) => r.date!)
    .sort();

/**
 * The basis a requested geography date is served from: the basis date with exactly the same
 * communes in force (no commune version began or ended in between), or null.
 */
export function basisFor(date: string): string | null {
  const basis = [...BASIS_DATES].reverse().find((b) => b <= date);
  if (!basis) return null;
  const changed = snapshotDates().some((s) => s > basis && s <= date);
  return changed ? null : basis;
}

const provincesOn = (date: string, wanted: readonly string[]) =>
  wanted.filter((code) =>
    getDirectory()
      .versionsOf.get(`province:${code}`)
      ?.some((v) => inForceOn(v, date)),
  );

async function pages<T>(options: RefreshOptions, query: string, variables: Record<string, unknown>, date: string): Promise<T[]> {
  const out: T[] = [];
  for (const province of provincesOn(date, options.provinceCodes)) {
    let after: string | null = null;
    do {
      const page = await fetchPage(options, { ...variables, date, province, after }, query);
      out.push(...(page.nodes as T[]));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
  }
  return out;
}

/** Versions that ended during a year filed figures under their own codes (January to June 2025): read them too. */
async function endedVersionRows(options: RefreshOptions, year: number): Promise<NewCommuneYear[]> {
  const yearEnd = `${year}-12-31`;
  const snapshots = snapshotDates();
  const dates = [directoryDay(`${year}-01-01`), ...snapshots.filter((d) => d > `${year}-01-01` && d <= yearEnd)]
    // only dates whose communes changed again before the year's end (those at the end are the as-filed rows)
    .filter((d) => snapshots.some((s) => s > d && s <= yearEnd));
  const rows = new Map<string, NewCommuneYear>();
  for (const date of dates) {
    const nodes = await pages<Node>(options, PAGE, { year, schoolYear: schoolYearForCalendarYear(year) }, date);
    for (const n of nodes) if (n.validUntil && n.validUntil < yearEnd) rows.set(communeId(n.code, n.validFrom), closingRow(toRow(n, year)));
  }
  return [...rows.values()];
}

/**
 * A version that ended during the year owed no yearly report (a commune owes one when in force
 * on the deadline, docs/coverage.md): a closing report it did file counts, a missing one is not a gap.
 */
function closingRow(row: NewCommuneYear): NewCommuneYear {
  return {
    ...row,
    checkup_units_expected: row.checkup_units_reported,
    play_units_expected: row.play_units_reported,
    labour_units_expected: row.labour_units_reported,
    meal_schools: row.meal_schools_reported,
  };
}

const ONWARD = `query Onward($date: Date!, $province: String!, $after: String) {
  communes(date: $date, provinceCode: $province, first: 500, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { code validFrom validUntil onwardResidence { code children } }
  }
}`;

/** Children across every boundary where a commune was divided or several were joined: the apportioning weights. */
export async function readTransitions(options: RefreshOptions): Promise<Transitions> {
  const dir = getDirectory();
  const lastDays = new Set<string>();
  for (const [id, links] of dir.successors) {
    const v = dir.byId.get(id)!;
    if (v.level !== 'commune' || !v.validUntil) continue;
    const joined = links.some((l) => l.transfer === 'PARTIAL' || (dir.predecessors.get(l.id)?.length ?? 0) > 1);
    if (joined) lastDays.add(v.validUntil);
  }
  const transitions: Transitions = new Map();
  for (const lastDay of [...lastDays].sort()) {
    const nodes = await pages<{
      code: string;
      validFrom: string;
      validUntil: string | null;
      onwardResidence: { code: string; children: number }[] | null;
    }>(options, ONWARD, {}, lastDay);
    const next = addDays(lastDay, 1);
    for (const n of nodes) {
      if (n.validUntil !== lastDay) continue;
      for (const o of n.onwardResidence ?? []) {
        const to = dir.versionsOf.get(`commune:${o.code}`)?.find((v) => inForceOn(v, next));
        if (to) transitions.set(`${communeId(n.code, n.validFrom)}>${to.id}`, o.children);
      }
    }
  }
  return transitions;
}

/** labour's ChildrenPlaced fields behind each child-level measure */
export const PLACED_FIELDS: Record<ChildMeasure, string> = {
  checkup_population: 'preschoolAndPrimaryAge',
  preschool_age_children: 'preschoolAge',
  special_children: 'specialCircumstanceChildren',
  special_supported: 'specialCircumstanceChildrenSupported',
  poor_children: 'poorOrNearPoorChildren',
  poor_supported: 'poorOrNearPoorChildrenSupported',
  in_need_children: 'inNeedChildren',
  abuse_victims: 'violenceOrAbuseVictims',
  abuse_supported: 'violenceOrAbuseVictimsSupported',
};
type PlacedGroup = { commune: { code: string; validFrom: string } | null } & Record<string, number | null>;
/** Sources asked for per request: each is one alias, and the gateway allows 30 aliases per operation (MAX_ALIASES). */
const PLACED_PER_REQUEST = 25;

/**
 * Labour's year-end children of every version of the year whose mapping onto a basis date is
 * apportioned somewhere, placed child by child by residence (Commune.childrenOnGeography): per
 * basis date, per source version, the counts placed on each commune of the date. Only those
 * versions are read (by code, a batch per request); the others move whole and need no placing.
 */
export async function readPlacements(options: RefreshOptions, year: number): Promise<Map<string, Map<string, Placed>>> {
  const date = referenceDate(year);
  const dir = getDirectory();
  const provinces = new Set(provincesOn(date, options.provinceCodes));
  const sources = [...dir.byId.values()].filter((v) => v.level === 'commune' && inForceOn(v, date) && provinces.has(v.provinceCode));
  const fields = Object.values(PLACED_FIELDS).join(' ');
  const out = new Map<string, Map<string, Placed>>();
  for (const basis of BASIS_DATES) {
    const placed = new Map<string, Placed>();
    out.set(basis, placed);
    const needed = sources.filter((v) => apportionedDays(v.id, basis).length);
    for (let i = 0; i < needed.length; i += PLACED_PER_REQUEST) {
      const batch = needed.slice(i, i + PLACED_PER_REQUEST);
      const query = `query Placed($year: Int!) { ${batch
        .map(
          (v, j) => `c${j}: commune(code: "${v.code}", date: "${v.validFrom}") {
        childrenOnGeography(year: $year, geographyDate: "${basis}") { groups { commune { code validFrom } ${fields} } } }`,
        )
        .join(' ')} }`;
      const data = await fetchData<Record<string, { childrenOnGeography: { groups: PlacedGroup[] } | null } | null>>(options, query, {
        year,
      });
      for (const [j, v] of batch.entries()) {
        const groups = data[`c${j}`]?.childrenOnGeography?.groups.filter((g) => g.commune) ?? [];
        placed.set(
          v.id,
          groups.map((g) => ({
            target: communeId(g.commune!.code, g.commune!.validFrom),
            counts: Object.fromEntries(Object.entries(PLACED_FIELDS).map(([m, f]) => [m, g[f] ?? null])),
          })),
        );
      }
    }
  }
  return out;
}

const TARGETS = `query Targets($date: Date!, $province: String!, $after: String) {
  communes(date: $date, provinceCode: $province, first: 500, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { code validFrom validUntil province { code } district { code } classifications(date: $date) { kind } }
  }
}`;
interface Target {
  code: string;
  validFrom: string;
  validUntil: string | null;
  province: { code: string };
  district: { code: string } | null;
  classifications: { kind: string }[];
}

/**
 * Rebuilds the read model on every basis date for the given years, from the as-filed rows
 * already stored and the versions that ended within each year. Each basis-year is replaced
 * atomically with its ledger.
 */
export async function refreshBases(db: Kysely<CoverageDB>, options: RefreshOptions): Promise<{ basisYears: number }> {
  const transitions = await readTransitions(options);
  const targets = new Map<string, Map<string, Target>>();
  for (const basis of BASIS_DATES) {
    const nodes = await pages<Target>(options, TARGETS, {}, basis);
    targets.set(basis, new Map(nodes.map((n) => [communeId(n.code, n.validFrom), n])));
  }
  let basisYears = 0;
  for (const year of options.years) {
    const stored = await listCommuneYears(db, year);
    const ended = await endedVersionRows(options, year);
    const placements = await readPlacements(options, year);
    const filed = [...stored, ...ended].map((r) => ({
      id: communeId(r.code, typeof r.valid_from === 'string' ? r.valid_from : isoDate(r.valid_from)),
      measures: Object.fromEntries(MEASURE_COLUMNS.map((m) => [m, r[m] === null || r[m] === undefined ? null : Number(r[m])])),
    }));
    const asFiled = new Map(stored.map((r) => [communeId(r.code, isoDate(r.valid_from)), r]));
    const now = new Date().toISOString();
    for (const basis of BASIS_DATES) {
      const { rows, ledger } = rebaseYear(filed, basis, transitions, getDirectory(), placements.get(basis));
      const meta = targets.get(basis)!;
      const values = rows.flatMap((row) => {
        const t = meta.get(row.target);
        const v = getDirectory().byId.get(row.target)!;
        const kinds = new Set(t?.classifications.map((c) => c.kind) ?? []);
        return [
          {
            basis_date: basis,
            code: v.code,
            valid_from: v.validFrom,
            valid_until: v.validUntil,
            year,
            province_code: t?.province.code ?? v.provinceCode,
            district_code: t ? (t.district?.code ?? null) : v.districtCode,
            mountainous: kinds.has('MOUNTAINOUS'),
            ethnic_minority_area: kinds.has('ETHNIC_MINORITY_AREA'),
            extremely_difficult: kinds.has('EXTREMELY_DIFFICULT'),
            ...row.measures,
            ...versionMeasures(row, asFiled.get(row.target)),
            estimates: JSON.stringify(
              row.estimates.map((e) => ({
                ...e,
                source: e.source.replace('commune:', ''),
                from: e.from.replace('commune:', ''),
                to: e.to.replace('commune:', ''),
              })),
            ),
            sources: row.sources,
            refreshed_at: now,
          },
        ];
      });
      await replaceBasisYear(db, basis, year, values, JSON.stringify(ledger));
      basisYears++;
    }
  }
  return { basisYears };
}

/**
 * A commune's child-friendly qualification belongs to the version assessed: carried onto a date's
 * geography only where that same version stands there alone and whole; a commune formed by a
 * merger or a division is assessed anew (null: NO_DATA).
 */
function versionMeasures(row: RebasedRow, own: NewCommuneYear | undefined) {
  const same = own && row.sources === 1 && row.estimates.length === 0;
  return Object.fromEntries(VERSION_MEASURES.map((m) => [m, same ? (own[m] ?? null) : null]));
}

const isoDate = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
