/**
 * Links the communes of 2021-11-01 that are gone by 2025-03-01 to the unit they were merged
 * into, from the public list of merged-away ("legacy") communes in
 * `tranngocminhhieu/vietnamadminunits` (data/alias_keywords/legacy/alias_ward.csv, MIT). That
 * list names places by plain keys, not codes; the rule that turns its keys into codes is here
 * and in ../subgraphs/geography/data/SOURCES.md. Where the list gives no single successor, one
 * derived rule may: the unit of the same district that carries the gone commune's exact name on
 * 2025-03-01 under another code. Every gone code gets a row: linked (with its basis), or
 * unmatched with the reason, so nothing is dropped silently.
 */
import { pushTo } from '../lib/collections.ts';
import { comparableName } from '../subgraphs/geography/names.ts';

/** The source's key: the full name with its kind word, without diacritics, spaces or punctuation. */
export const sourceKey = (name: string) =>
  comparableName(name)
    .replace(/[^a-z0-9]/g, '')
    .replace(/([a-z])0+(\d)/g, '$1$2');

/** The key with its tone marks kept: lower case, no spaces. */
const exactKey = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, '');

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
/** MERGER_LIST: the public list says so. SAME_NAME_IN_DISTRICT: derived from the snapshots (see deriveSameName). */
export type MergerBasis = 'MERGER_LIST' | 'SAME_NAME_IN_DISTRICT' | '';
export interface MergerRow {
  code: string;
  name: string;
  successorCode: string;
  successorName: string;
  basis: MergerBasis;
  sourceUrl: string;
  sourceYear: string;
  unmatchedReason: UnmatchedReason | '';
  /** The successors the source names, as `district/ward` keys, when they matched no single unit. */
  sourceNames: string;
}

export function matchMergers(before: SnapshotCommune[], after: SnapshotCommune[], source: SourceRow[]): MergerRow[] {
  const afterCodes = new Set(after.map((c) => c.code));
  const afterByCode = new Map(after.map((c) => [c.code, c]));
  const laterProvinceName = new Map(after.map((c) => [c.province, c.provinceFullName]));
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
    pushTo(rowsByAlias, key, r);
  }

  return before
    .filter((c) => !afterCodes.has(c.code))
    .map((gone): MergerRow => {
      const base = {
        code: gone.code,
        name: gone.fullName,
        successorCode: '',
        successorName: '',
        basis: '' as const,
        sourceUrl: '',
        sourceYear: '',
        sourceNames: '',
      };
      // The list names provinces as of 2025 (Thừa Thiên Huế became Thành phố Huế on 2025-01-01).
      const provinceKeys = new Set([gone.provinceFullName, laterProvinceName.get(gone.province) ?? ''].map(sourceKey));
      const rows = [...provinceKeys].flatMap((p) => rowsByAlias.get(`${p}|${sourceKey(gone.fullName)}`) ?? []);
      if (!rows.length) return deriveSameName(gone, after, { ...base, unmatchedReason: 'NOT_IN_SOURCE' });
      const districts = reach.get(gone.district) ?? new Set();
      const matches = (r: SourceRow, c: SnapshotCommune) =>
        c.province === gone.province &&
        districts.has(c.district) &&
        sourceKey(c.fullName) === sourceKey(r.ward_key) &&
        sourceKey(c.districtFullName) === sourceKey(r.district_key);
      const found = new Map<string, { unit: SnapshotCommune; row: SourceRow }>();
      for (const r of rows) for (const c of after) if (matches(r, c)) found.set(c.code, { unit: c, row: r });
      // A few keys of the list kept their tone marks ("xãminhquân"); they then tell Minh Quân from Minh Quán.
      if (found.size > 1) {
        for (const [code, { unit, row }] of found) {
          if (/[^\x00-\x7f]/.test(row.ward_key) && exactKey(unit.fullName) !== exactKey(row.ward_key)) found.delete(code);
        }
      }
      const named = [...new Set(rows.map((r) => `${r.district_key}/${r.ward_key}`))].join('; ');
      if (found.size !== 1) {
        return deriveSameName(gone, after, { ...base, unmatchedReason: found.size ? 'AMBIGUOUS' : 'NO_MATCHING_UNIT', sourceNames: named });
      }
      const [{ unit, row }] = [...found.values()] as [{ unit: SnapshotCommune; row: SourceRow }];
      return {
        ...base,
        successorCode: unit.code,
        successorName: unit.fullName,
        basis: 'MERGER_LIST',
        sourceUrl: row.source,
        sourceYear: row.year,
        unmatchedReason: '',
      };
    });
}

/** "Phường 1", "Phường 10": a number names no place, and numbers are handed out again when wards merge. */
const NUMBERED = /\s\d+$/;

/**
 * The derived rule, for a gone commune the list leaves unmatched: exactly one unit of the same
 * district carries its exact name on 2025-03-01, under another code. Merged communes often keep
 * one partner's name and another partner's code (Nam Định: Cửa Bắc 13648 is gone, and the Cửa
 * Bắc of 2025 carries Trần Đăng Ninh's code 13669). Numbered wards are left out.
 */
function deriveSameName(gone: SnapshotCommune, after: SnapshotCommune[], unmatched: MergerRow): MergerRow {
  if (NUMBERED.test(gone.fullName)) return unmatched;
  const sameName = after.filter((c) => c.district === gone.district && comparableName(c.fullName) === comparableName(gone.fullName));
  if (sameName.length !== 1) return unmatched;
  const [unit] = sameName as [SnapshotCommune];
  return { ...unmatched, successorCode: unit.code, successorName: unit.fullName, basis: 'SAME_NAME_IN_DISTRICT', unmatchedReason: '' };
}
