import { pushTo } from '../collections.ts';
import { REFORM_DATE, addDays } from '../periods.ts';
import { readTsv } from './files.ts';

/**
 * The administrative directory as versions and the links between them, read once per process
 * from the shipped files. A link says that the whole of a place (FULL) or part of it (PARTIAL)
 * became part of a later place: the 2025 reform crosswalk for communes, the provinces those
 * communes went to for provinces, the 2021–2025 commune mergers (mergers-2021-2025.tsv), and a
 * same-code continuation between consecutive versions on the same side of the reform (a rename,
 * a kind or parent change: the same place). These are the links the geography subgraph loads
 * into `commune_link` from the same files; this module is the one in-process reading of them
 * (officer areas, the coverage read model on a date's geography), and test/lineage.test.ts
 * checks that both agree.
 */
export type Level = 'province' | 'district' | 'commune';
/** The levels an agency files its own figures under: districts were compiled from communes, never filed. */
export type FilingLevel = Exclude<Level, 'district'>;

export interface UnitVersion {
  level: Level;
  /** `level:code|validFrom`, unique across levels. */
  id: string;
  code: string;
  validFrom: string;
  /** inclusive; null while in force */
  validUntil: string | null;
  /** The province a district or commune belonged to (its own code for a province). */
  provinceCode: string;
  /** The district a pre-reform commune belonged to. */
  districtCode: string | null;
}

export interface Link {
  /** id of the other version */
  id: string;
  transfer: 'FULL' | 'PARTIAL';
}

export interface Directory {
  byId: Map<string, UnitVersion>;
  /** Versions of each `level:code`, oldest first. */
  versionsOf: Map<string, UnitVersion[]>;
  successors: Map<string, Link[]>;
  predecessors: Map<string, Link[]>;
  /** Versions some of whose links lead to or come from a code the directory does not hold: never wholly placed by lineage. */
  incomplete: Set<string>;
  /** Commune versions that ended with no known successor (2021–2025 mergers the sources do not place), with why. */
  unknownSuccessor: Map<string, string>;
  /** Commune versions of each province or district version (overlapping its validity under its code). */
  communesOf: Map<string, UnitVersion[]>;
}

export const versionId = (level: Level, code: string, validFrom: string) => `${level}:${code}|${validFrom}`;
const BEFORE_REFORM = addDays(REFORM_DATE, -1);

export const inForceOn = (v: { validFrom: string; validUntil: string | null }, date: string) =>
  v.validFrom <= date && (v.validUntil === null || v.validUntil >= date);
const overlaps = (a: UnitVersion, b: UnitVersion) =>
  a.validFrom <= (b.validUntil ?? '9999-12-31') && b.validFrom <= (a.validUntil ?? '9999-12-31');

function versionsFrom(level: Level, rows: Record<string, string>[]): UnitVersion[] {
  return rows.map((r) => ({
    level,
    id: versionId(level, r.code!, r.valid_from!),
    code: r.code!,
    validFrom: r.valid_from!,
    validUntil: r.valid_until || null,
    provinceCode: level === 'province' ? r.code! : r.province_code!,
    districtCode: level === 'commune' ? r.district_code || null : level === 'district' ? r.code! : null,
  }));
}

function build(): Directory {
  const all = [
    ...versionsFrom('province', readTsv('provinces')),
    ...versionsFrom('district', readTsv('districts')),
    ...versionsFrom('commune', readTsv('communes')),
  ];
  const byId = new Map(all.map((v) => [v.id, v]));
  const versionsOf = new Map<string, UnitVersion[]>();
  for (const v of all) pushTo(versionsOf, `${v.level}:${v.code}`, v);
  for (const list of versionsOf.values()) list.sort((a, b) => a.validFrom.localeCompare(b.validFrom));

  const successors = new Map<string, Link[]>();
  const predecessors = new Map<string, Link[]>();
  const incomplete = new Set<string>();
  const link = (from: string, to: string, transfer: Link['transfer']) => {
    pushTo(successors, from, { id: to, transfer });
    pushTo(predecessors, to, { id: from, transfer });
  };
  const asOf = (level: Level, code: string, date: string) => versionsOf.get(`${level}:${code}`)?.find((v) => inForceOn(v, date));

  // Same-code continuations, never across the reform (codes were reused there for other places).
  for (const list of versionsOf.values()) {
    for (let i = 1; i < list.length; i++) {
      const [before, after] = [list[i - 1]!, list[i]!];
      if (before.validUntil && addDays(before.validUntil, 1) === after.validFrom && after.validFrom !== REFORM_DATE)
        link(before.id, after.id, 'FULL');
    }
  }

  // The 2025 reform, communes: the crosswalk. Provinces: the provinces their communes went to.
  const newProvincesOf = new Map<string, Set<string>>();
  for (const row of readTsv('crosswalk')) {
    const before = asOf('commune', row.predecessor_code!, BEFORE_REFORM);
    const after = versionsOf.get(`commune:${row.code}`)?.find((v) => v.validFrom === REFORM_DATE);
    if (before && after) link(before.id, after.id, row.transfer === 'full' ? 'FULL' : 'PARTIAL');
    else for (const known of [before, after]) if (known) incomplete.add(known.id);
    const oldProvince = before ? asOf('province', before.provinceCode, BEFORE_REFORM) : undefined;
    const newProvince = asOf('province', row.province_code!, REFORM_DATE);
    if (oldProvince && newProvince) {
      const set = newProvincesOf.get(oldProvince.id) ?? new Set();
      newProvincesOf.set(oldProvince.id, set.add(newProvince.id));
    }
  }
  for (const [oldId, newIds] of newProvincesOf) for (const newId of newIds) link(oldId, newId, newIds.size === 1 ? 'FULL' : 'PARTIAL');

  // The 2021–2025 commune mergers: a commune absorbed into another one of the next snapshot.
  const unknownSuccessor = new Map<string, string>();
  for (const row of readTsv('mergers-2021-2025')) {
    const before = versionId('commune', row.code!, row.valid_from!);
    if (!byId.has(before)) continue;
    const after = row.successor_code ? versionId('commune', row.successor_code, row.successor_valid_from!) : undefined;
    if (after && byId.has(after)) link(before, after, row.transfer === 'partial' ? 'PARTIAL' : 'FULL');
    else unknownSuccessor.set(before, row.unmatched_reason || 'NO_MATCHING_UNIT');
  }

  const communesOf = new Map<string, UnitVersion[]>();
  const parents = all.filter((v) => v.level !== 'commune');
  const parentsByCode = new Map<string, UnitVersion[]>();
  for (const p of parents) pushTo(parentsByCode, `${p.level}:${p.code}`, p);
  for (const c of all.filter((v) => v.level === 'commune')) {
    for (const p of parentsByCode.get(`province:${c.provinceCode}`) ?? []) if (overlaps(p, c)) pushTo(communesOf, p.id, c);
    if (c.districtCode)
      for (const p of parentsByCode.get(`district:${c.districtCode}`) ?? []) if (overlaps(p, c)) pushTo(communesOf, p.id, c);
  }
  return { byId, versionsOf, successors, predecessors, incomplete, unknownSuccessor, communesOf };
}

let directory: Directory | undefined;
/** The directory, read on first use and kept for the life of the process. */
export function getDirectory(): Directory {
  return (directory ??= build());
}
