import { comparable } from '../import/text.ts';
import { DIRECTORY_START, REFORM_DATE } from '../periods.ts';
import { readTsv } from './files.ts';
import { getDirectory, inForceOn, type UnitVersion } from './lineage.ts';

/**
 * What a commune code means on a given day, for rows that arrive from outside (imports): the
 * version in force, or why none is — never known, retired by the 2025 reform (with the codes
 * that took its place), or simply not in force then. Codes were reused after the reform
 * (00004 was Trúc Bạch until 30 June 2025 and is Ba Đình after it), so a row that also names
 * its commune is checked against the name the code had on the row's date.
 */
export type CommuneOnDate =
  | { ok: true; version: UnitVersion; name: string }
  | { ok: false; reason: 'UNKNOWN_CODE' }
  | { ok: false; reason: 'CODE_RETIRED'; successors: { code: string; name: string }[] }
  | { ok: false; reason: 'CODE_NOT_IN_FORCE'; validFrom: string; validUntil: string | null };

let names: Map<string, string> | undefined;
/** Short names of commune versions (`Trúc Bạch`), by version id; read once per process. */
function nameOf(version: UnitVersion): string {
  names ??= new Map(readTsv('communes').map((r) => [`commune:${r.code}|${r.valid_from}`, r.name!]));
  return names.get(version.id) ?? '';
}

export function communeOnDate(code: string, rowDate: string): CommuneOnDate {
  // Rows dated before the directory starts were filed under the codes of its first snapshot.
  const date = rowDate < DIRECTORY_START ? DIRECTORY_START : rowDate;
  const dir = getDirectory();
  const versions = dir.versionsOf.get(`commune:${code}`);
  if (!versions?.length) return { ok: false, reason: 'UNKNOWN_CODE' };
  const version = versions.find((v) => inForceOn(v, date));
  if (version) return { ok: true, version, name: nameOf(version) };
  const last = versions[versions.length - 1]!;
  if (date >= REFORM_DATE && last.validUntil !== null && last.validUntil < REFORM_DATE) {
    const successors = (dir.successors.get(last.id) ?? []).map((l) => dir.byId.get(l.id)!).map((v) => ({ code: v.code, name: nameOf(v) }));
    return { ok: false, reason: 'CODE_RETIRED', successors };
  }
  const nearest = versions.reduce((a, b) =>
    Math.abs(Date.parse(b.validFrom) - Date.parse(date)) < Math.abs(Date.parse(a.validFrom) - Date.parse(date)) ? b : a,
  );
  return { ok: false, reason: 'CODE_NOT_IN_FORCE', validFrom: nearest.validFrom, validUntil: nearest.validUntil };
}

/** Whether a name typed in a file is the directory's name (with or without its kind: `Phường Trúc Bạch`). */
export function sameCommuneName(typed: string, name: string): boolean {
  const t = comparable(typed).replace(/^(xa|phuong|thi tran|dac khu) /, '');
  return t === comparable(name);
}

/** The other names a code had (the place a reused code meant before or after), for the error message. */
export function otherNamesOf(code: string, except: UnitVersion): { name: string; validFrom: string; validUntil: string | null }[] {
  return (getDirectory().versionsOf.get(`commune:${code}`) ?? [])
    .filter((v) => v.id !== except.id)
    .map((v) => ({ name: nameOf(v), validFrom: v.validFrom, validUntil: v.validUntil }));
}

/**
 * The year-end communes that hold a row filed under `version`: the version itself when it is
 * still in force at `yearEnd` (or starts after it), otherwise its successors then.
 */
export function yearEndCommunes(version: UnitVersion, yearEnd: string): UnitVersion[] {
  const dir = getDirectory();
  const found = new Map<string, UnitVersion>();
  const seen = new Set<string>();
  const walk = (v: UnitVersion) => {
    if (seen.has(v.id)) return;
    seen.add(v.id);
    if (inForceOn(v, yearEnd) || v.validFrom > yearEnd) return void found.set(v.id, v);
    const next = dir.successors.get(v.id) ?? [];
    if (!next.length) found.set(v.id, v);
    for (const l of next) walk(dir.byId.get(l.id)!);
  };
  walk(version);
  return [...found.values()];
}
