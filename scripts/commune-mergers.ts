/**
 * Links the communes of 2021-11-01 that are gone by 2025-03-01 to the unit they were merged
 * into, from the public list of merged-away ("legacy") communes in
 * `tranngocminhhieu/vietnamadminunits` (data/alias_keywords/legacy/alias_ward.csv, MIT). That
 * list names places by plain keys, not codes; the rule that turns its keys into codes is here
 * and in ../subgraphs/geography/data/SOURCES.md. Every gone code gets a row: linked, or
 * unmatched with the reason, so nothing is dropped silently.
 */
import { comparableName } from '../subgraphs/geography/names.ts';

/** The source's key: the full name with its kind word, without diacritics, spaces or punctuation. */
export const sourceKey = (name: string) =>
  comparableName(name).replace(/[^a-z0-9]/g, '').replace(/([a-z])0+(\d)/g, '$1$2');

/** A unit still listed on 2021-11-01 cannot have been merged away earlier: such rows name another place. */
const FIRST_YEAR = 2021;

export interface SourceRow {
  province_key: string;
  district_key: string;
  ward_key: string;
  alias_keyword: string;
  source: string;
  year: string;
}
export interface SnapshotCommune {
  code: string;
  fullName: string;
  district: string;
  districtFullName: string;
  province: string;
  provinceFullName: string;
}
export type UnmatchedReason = 'NOT_IN_SOURCE' | 'NO_MATCHING_UNIT' | 'AMBIGUOUS';
export interface MergerRow {
  code: string;
  name: string;
  successorCode: string;
  successorName: string;
  sourceUrl: string;
  sourceYear: string;
  unmatchedReason: UnmatchedReason | '';
  /** The successors the source names, as `district/ward` keys, when they matched no single unit. */
  sourceNames: string;
}

export function matchMergers(before: SnapshotCommune[], after: SnapshotCommune[], source: SourceRow[]): MergerRow[] {
  const afterCodes = new Set(after.map((c) => c.code));
  const afterByCode = new Map(after.map((c) => [c.code, c]));
  // Where each 2021 district's surviving communes are in 2025: a successor must lie there.
  const reach = new Map<string, Set<string>>();
  for (const c of before) {
    const later = afterByCode.get(c.code);
    if (later) reach.set(c.district, (reach.get(c.district) ?? new Set()).add(later.district));
  }
  const rowsByAlias = new Map<string, SourceRow[]>();
  for (const r of source) {
    if (r.year && Number(r.year) < FIRST_YEAR) continue;
    const key = `${sourceKey(r.province_key)}|${sourceKey(r.alias_keyword)}`;
    rowsByAlias.set(key, [...(rowsByAlias.get(key) ?? []), r]);
  }

  return before.filter((c) => !afterCodes.has(c.code)).map((gone): MergerRow => {
    const base = { code: gone.code, name: gone.fullName, successorCode: '', successorName: '', sourceUrl: '', sourceYear: '', sourceNames: '' };
    const rows = rowsByAlias.get(`${sourceKey(gone.provinceFullName)}|${sourceKey(gone.fullName)}`) ?? [];
    if (!rows.length) return { ...base, unmatchedReason: 'NOT_IN_SOURCE' };
    const districts = reach.get(gone.district) ?? new Set();
    const matches = (r: SourceRow, c: SnapshotCommune) =>
      c.province === gone.province && districts.has(c.district) &&
      sourceKey(c.fullName) === sourceKey(r.ward_key) && sourceKey(c.districtFullName) === sourceKey(r.district_key);
    const found = new Map<string, { unit: SnapshotCommune; row: SourceRow }>();
    for (const r of rows) for (const c of after) if (matches(r, c)) found.set(c.code, { unit: c, row: r });
    const named = [...new Set(rows.map((r) => `${r.district_key}/${r.ward_key}`))].join('; ');
    if (found.size !== 1) return { ...base, unmatchedReason: found.size ? 'AMBIGUOUS' : 'NO_MATCHING_UNIT', sourceNames: named };
    const [{ unit, row }] = [...found.values()] as [{ unit: SnapshotCommune; row: SourceRow }];
    return {
      ...base, successorCode: unit.code, successorName: unit.fullName, sourceUrl: row.source, sourceYear: row.year, unmatchedReason: '',
    };
  });
}
