/**
 * Builds the geography subgraph's compact directory (subgraphs/geography/data/*.tsv) from the
 * four snapshots in ../shared/data/admin-units. Run it only when the snapshots change; the
 * product reads the TSVs it writes, never ../shared.
 *
 *   node scripts/build-admin-units.ts [path/to/admin-units] [path/to/legacy/alias_ward.csv]
 *
 * The second file is the public list of communes merged away before 2025 (see
 * ../subgraphs/geography/data/SOURCES.md for the repository and commit). Without it,
 * mergers-2021-2025.tsv is left as it is.
 *
 * A *version* of a unit is a maximal run of consecutive snapshots in which its code, parent,
 * unit kind and name stay the same (names compared ignoring tone-mark placement, spacing and
 * leading zeros). Codes were reused after the 2025 reform, so the reform always starts new
 * versions.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { comparableName } from '../subgraphs/geography/names.ts';
import { matchMergers, type SnapshotCommune, type SourceRow } from './commune-mergers.ts';

const source = process.argv[2] ?? new URL('../../shared/data/admin-units', import.meta.url).pathname;
const mergerSource = process.argv[3];
const out = new URL('../subgraphs/geography/data/', import.meta.url).pathname;

const SNAPSHOTS = [
  { date: '2021-11-01', basis: 'Resolution 387/NQ-UBTVQH15' },
  { date: '2025-03-01', basis: 'Resolution 1365/NQ-UBTVQH15' },
  { date: '2025-07-01', basis: 'Decision 19/2025/QĐ-TTg (districts abolished, provinces merged)' },
  { date: '2026-04-30', basis: 'Law 30/2026/QH16, Resolution 237/NQ-UBTVQH16' },
] as const;
const REFORM = '2025-07-01';

const PROVINCE_KINDS: Record<string, string> = { '1': 'MUNICIPALITY', '2': 'PROVINCE' };
const DISTRICT_KINDS: Record<string, string> = {
  '3': 'MUNICIPAL_CITY',
  '4': 'PROVINCIAL_CITY',
  '5': 'URBAN_DISTRICT',
  '6': 'TOWN',
  '7': 'RURAL_DISTRICT',
};
const COMMUNE_KINDS_BEFORE: Record<string, string> = { '8': 'WARD', '9': 'TOWNSHIP', '10': 'COMMUNE' };
const COMMUNE_KINDS_AFTER: Record<string, string> = { '3': 'WARD', '4': 'COMMUNE', '5': 'SPECIAL_ZONE' };

type Row = Record<string, string>;
const read = (snapshot: string, file: string): Row[] =>
  parse(readFileSync(join(source, snapshot, file)), { columns: true, skip_empty_lines: true, trim: true });

interface Unit {
  code: string;
  parent: string; // district code before the reform, province code after; province: ''
  province: string;
  district: string;
  name: string;
  fullName: string;
  nameEn: string;
  kind: string;
}
interface Version extends Unit {
  validFrom: string;
  validUntil: string; // inclusive; '' while in force
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Chains per-snapshot unit lists into versions. */
function versions(perSnapshot: Map<string, Unit>[]): Version[] {
  const open = new Map<string, Version>();
  const closed: Version[] = [];
  perSnapshot.forEach((units, i) => {
    const date = SNAPSHOTS[i]!.date;
    for (const [code, version] of open) {
      const next = units.get(code);
      const continues =
        next &&
        date !== REFORM &&
        next.parent === version.parent &&
        next.kind === version.kind &&
        comparableName(next.name) === comparableName(version.name);
      if (continues) {
        // Keep the newest spelling of the same name.
        Object.assign(version, { name: next.name, fullName: next.fullName, nameEn: next.nameEn });
      } else {
        closed.push({ ...version, validUntil: dayBefore(date) });
        open.delete(code);
      }
    }
    for (const [code, unit] of units) if (!open.has(code)) open.set(code, { ...unit, validFrom: date, validUntil: '' });
  });
  return [...closed, ...open.values()].sort((a, b) => a.code.localeCompare(b.code) || a.validFrom.localeCompare(b.validFrom));
}

const provinceLists = SNAPSHOTS.map(
  ({ date }) =>
    new Map(
      read(date, 'provinces.csv').map((r): [string, Unit] => [
        r.code!,
        {
          code: r.code!,
          parent: '',
          province: r.code!,
          district: '',
          name: r.name!,
          fullName: r.full_name!,
          nameEn: r.name_en!,
          kind: PROVINCE_KINDS[r.administrative_unit_id!]!,
        },
      ]),
    ),
);
const districtLists = SNAPSHOTS.map(({ date }) =>
  date >= REFORM
    ? new Map<string, Unit>()
    : new Map(
        read(date, 'districts.csv').map((r): [string, Unit] => [
          r.code!,
          {
            code: r.code!,
            parent: r.province_code!,
            province: r.province_code!,
            district: r.code!,
            name: r.name!,
            fullName: r.full_name!,
            nameEn: r.name_en!,
            kind: DISTRICT_KINDS[r.administrative_unit_id!]!,
          },
        ]),
      ),
);
const communeLists = SNAPSHOTS.map(
  ({ date }, i) =>
    new Map(
      read(date, 'wards.csv').map((r): [string, Unit] => {
        const before = date < REFORM;
        const province = before ? districtLists[i]!.get(r.district_code!)!.province : r.province_code!;
        return [
          r.code!,
          {
            code: r.code!,
            parent: before ? r.district_code! : province,
            province,
            district: before ? r.district_code! : '',
            name: r.name!,
            fullName: r.full_name!,
            nameEn: r.name_en!,
            kind: (before ? COMMUNE_KINDS_BEFORE : COMMUNE_KINDS_AFTER)[r.administrative_unit_id!]!,
          },
        ];
      }),
    ),
);

const tsv = (header: string[], rows: (string | number)[][]) => `${[header, ...rows].map((r) => r.join('\t')).join('\n')}\n`;
const unitRows = (list: Version[], withParents: boolean) =>
  list.map((v) => [
    v.code,
    v.validFrom,
    v.validUntil,
    ...(withParents ? [v.province, v.district] : []),
    v.name,
    v.fullName,
    v.nameEn,
    v.kind,
  ]);

const provinces = versions(provinceLists);
const districts = versions(districtLists);
const communes = versions(communeLists);
writeFileSync(
  join(out, 'provinces.tsv'),
  tsv(['code', 'valid_from', 'valid_until', 'name', 'full_name', 'name_en', 'kind'], unitRows(provinces, false)),
);
writeFileSync(
  join(out, 'districts.tsv'),
  tsv(
    ['code', 'valid_from', 'valid_until', 'province_code', 'district_code', 'name', 'full_name', 'name_en', 'kind'],
    unitRows(districts, true),
  ),
);
writeFileSync(
  join(out, 'communes.tsv'),
  tsv(
    ['code', 'valid_from', 'valid_until', 'province_code', 'district_code', 'name', 'full_name', 'name_en', 'kind'],
    unitRows(communes, true),
  ),
);
writeFileSync(
  join(out, 'snapshots.tsv'),
  tsv(
    ['date', 'legal_basis', 'provinces', 'districts', 'communes'],
    SNAPSHOTS.map((s, i) => [s.date, s.basis, provinceLists[i]!.size, districtLists[i]!.size, communeLists[i]!.size]),
  ),
);

// The crosswalk is copied row for row; matching against the lists happens at load time, so
// unmatched rows are reported by the API rather than dropped here.
const crosswalk = read('2025-07-01', 'crosswalk_from_2025-03-01.csv');
writeFileSync(
  join(out, 'crosswalk.tsv'),
  tsv(
    ['province_code', 'code', 'name', 'predecessor_code', 'predecessor_name', 'transfer'],
    crosswalk.map((r) => [r.province_code!, r.code!, r.name!, r.predecessor_code!, r.predecessor_name!, r.transfer!]),
  ),
);

// Mergers between the first two snapshots (2021-11-01 and 2025-03-01), from the public list.
if (mergerSource) {
  const [first, second] = [0, 1].map((i) =>
    [...communeLists[i]!.values()].map(
      (c): SnapshotCommune => ({
        code: c.code,
        fullName: c.fullName,
        district: c.district,
        districtFullName: districtLists[i]!.get(c.district)!.fullName,
        province: c.province,
        provinceFullName: provinceLists[i]!.get(c.province)!.fullName,
      }),
    ),
  ) as [SnapshotCommune[], SnapshotCommune[]];
  const sourceRows: SourceRow[] = parse(readFileSync(mergerSource), { columns: true, bom: true, skip_empty_lines: true, trim: true });
  const since = SNAPSHOTS[0].date;
  const inForce = SNAPSHOTS[1].date;
  const versionOn = (code: string, date: string) =>
    communes.find((v) => v.code === code && v.validFrom <= date && (!v.validUntil || v.validUntil >= date))!.validFrom;
  const mergers = matchMergers(first, second, sourceRows);
  writeFileSync(
    join(out, 'mergers-2021-2025.tsv'),
    tsv(
      [
        'code',
        'valid_from',
        'name',
        'successor_code',
        'successor_valid_from',
        'successor_name',
        'transfer',
        'basis',
        'source_url',
        'source_year',
        'unmatched_reason',
        'source_names',
      ],
      mergers.map((m) => [
        m.code,
        since,
        m.name,
        m.successorCode,
        m.successorCode ? versionOn(m.successorCode, inForce) : '',
        m.successorName,
        m.successorCode ? 'full' : '',
        m.basis,
        m.sourceUrl,
        m.sourceYear,
        m.unmatchedReason,
        m.sourceNames,
      ]),
    ),
  );
  const count = (basis: string) => mergers.filter((m) => m.basis === basis).length;
  console.log(
    `mergers 2021-2025: ${mergers.length} codes gone, ${count('MERGER_LIST')} linked by the list, ` +
      `${count('SAME_NAME_IN_DISTRICT')} by the same-name rule, ${count('')} unmatched`,
  );
}

console.log(
  `provinces ${provinces.length}, districts ${districts.length}, communes ${communes.length} versions; crosswalk ${crosswalk.length} rows`,
);
