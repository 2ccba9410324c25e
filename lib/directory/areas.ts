import { DIRECTORY_START, recordWindow, type RecordWindow } from '../periods.ts';
import { getDirectory, inForceOn, versionId, type Directory, type Level, type UnitVersion } from './lineage.ts';

/**
 * An officer's area names places by code *and* the date the code is meant on: `31@2025-07-01`
 * is today's Hải Phòng (with the former Hải Dương), `31@2024-06-01` the Hải Phòng of before the
 * 2025 reform, `01279@2024-06-01` one commune as it stood then. Codes were reused after the
 * reform, so a bare code names nothing. The unit must be in force on the date.
 *
 * Which unit versions lie WHOLLY inside a place (the rule every service applies):
 *  - the place itself and, for a province, its communes (those filed under its code while the
 *    province version was in force);
 *  - an earlier version all of whose successors lie inside (a same-code continuation or a FULL
 *    transfer of the 2025 reform; a PARTIAL predecessor only if every part of it went inside);
 *  - a later version formed only from places inside (all its predecessors inside, partial or not);
 *  - a province's merges: a pre-reform province all of whose communes went into the place's
 *    province (2025 province merges were whole: Hải Dương 30 and Hải Phòng 31 became Hải Phòng 31).
 * Repeated to a fixed point. A version with a link to a code the directory lacks is never placed
 * by that rule. A district version lies inside when all its communes do.
 */
const ENTRY = /^(\d{2}|\d{5})@(\d{4}-\d{2}-\d{2})$/;
export const AREA_ENTRY_FORMAT =
  'CODE@YYYY-MM-DD (a 2-digit province or 5-digit commune code and the day the code is meant on, from 2021-11-01)';

const isCalendarDate = (date: string) =>
  !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);

/** The unit an area entry names, or why it names none. */
export function resolveAreaEntry(entry: string): { unit: UnitVersion } | { error: string } {
  const match = ENTRY.exec(entry);
  if (!match) return { error: `"${entry}" is not ${AREA_ENTRY_FORMAT}` };
  const [, code = '', date = ''] = match;
  if (!isCalendarDate(date) || date < DIRECTORY_START) return { error: `"${entry}": the date must be a real day from ${DIRECTORY_START}` };
  const level: Level = code.length === 2 ? 'province' : 'commune';
  const unit = getDirectory()
    .versionsOf.get(`${level}:${code}`)
    ?.find((v) => inForceOn(v, date));
  return unit ? { unit } : { error: `"${entry}": no ${level} ${code} was in force on ${date}` };
}

/** Adds to `inside` every version the lineage rules place inside it, until nothing changes. */
function closeOverLineage(dir: Directory, inside: Set<string>): void {
  const allInside = (id: string, links: Map<string, { id: string }[]>) => {
    const list = links.get(id);
    return !!list?.length && !dir.incomplete.has(id) && list.every((l) => inside.has(l.id));
  };
  const work = [...inside];
  while (work.length) {
    const id = work.pop()!;
    const candidates = [
      ...(dir.predecessors.get(id) ?? []).map((l) => [l.id, dir.successors] as const),
      ...(dir.successors.get(id) ?? []).map((l) => [l.id, dir.predecessors] as const),
    ];
    for (const [candidate, links] of candidates) {
      if (!inside.has(candidate) && allInside(candidate, links)) {
        inside.add(candidate);
        work.push(candidate);
      }
    }
  }
}

const placeCache = new Map<string, Set<string>>();
/** Ids of the province and commune versions wholly inside one place. */
function insideOfPlace(place: UnitVersion): Set<string> {
  const cached = placeCache.get(place.id);
  if (cached) return cached;
  const dir = getDirectory();
  const provinces = new Set(place.level === 'province' ? [place.id] : []);
  closeOverLineage(dir, provinces);
  const inside = new Set<string>([...provinces]);
  if (place.level === 'commune') inside.add(place.id);
  for (const p of provinces) for (const c of dir.communesOf.get(p) ?? []) inside.add(c.id);
  closeOverLineage(dir, inside);
  placeCache.set(place.id, inside);
  return inside;
}

/** What an officer's area holds, for every check a service makes. */
export interface Area {
  /** Whether this province, district or commune version lies wholly inside the area. */
  holds(level: Level, code: string, validFrom: string): boolean;
  /** Whether every version the directory holds under this code lies inside (for callers that know a code but not its version). */
  holdsEveryVersionOf(level: Level, code: string): boolean;
  /** The commune versions inside, as windows of row dates (rows before 2021-11-01 belong to the first snapshot). */
  communeWindows(): RecordWindow[];
}

const areaCache = new Map<string, Area>();
const AREA_CACHE_LIMIT = 1000;

/** The area named by validated entries (see resolveAreaEntry); entries naming nothing add nothing. */
export function areaOf(entries: readonly string[]): Area {
  const key = [...entries].sort().join(',');
  const cached = areaCache.get(key);
  if (cached) return cached;
  const dir = getDirectory();
  const inside = new Set<string>();
  for (const entry of entries) {
    const resolved = resolveAreaEntry(entry);
    if ('unit' in resolved) for (const id of insideOfPlace(resolved.unit)) inside.add(id);
  }
  const holds = (level: Level, code: string, validFrom: string): boolean => {
    const id = versionId(level, code, validFrom);
    if (level !== 'district') return inside.has(id);
    const communes = dir.communesOf.get(id);
    return !!communes?.length && communes.every((c) => inside.has(c.id));
  };
  let windows: RecordWindow[] | undefined;
  const area: Area = {
    holds,
    holdsEveryVersionOf: (level, code) => {
      const versions = dir.versionsOf.get(`${level}:${code}`);
      return !!versions?.length && versions.every((v) => holds(level, code, v.validFrom));
    },
    communeWindows: () =>
      (windows ??= [...inside]
        .map((id) => dir.byId.get(id)!)
        .filter((v) => v.level === 'commune')
        .map(recordWindow)),
  };
  if (areaCache.size >= AREA_CACHE_LIMIT) areaCache.clear();
  areaCache.set(key, area);
  return area;
}
