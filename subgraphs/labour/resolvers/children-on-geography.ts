import { getDirectory, versionId } from '../../../lib/directory/lineage.ts';
import { apportionedDays, decideByCodeOn, mapVersion } from '../../../lib/directory/onto-date.ts';
import type { OnwardGroupRow } from '../db/children-onward.ts';

/**
 * Where the children counted in a commune version on 31 December count on the geography of a
 * date, child by child: every whole transfer carries them (WHOLE); at a divided or joined unit
 * each goes to the commune its residence on the boundary day names (RESIDENCE); a child whose
 * residence names none of the links that day (moved away, left the register) is UNDECIDED, for
 * the reader to apportion by the stated weights (lib/directory/onto-date.ts).
 */
export type Placement = 'WHOLE' | 'RESIDENCE' | 'UNDECIDED';
const COUNTS = [
  'total',
  'preschool_and_primary',
  'preschool',
  'special',
  'special_supported',
  'poor_or_near',
  'poor_or_near_supported',
  'in_need',
  'in_need_supported',
  'abuse_victims',
  'abuse_victims_supported',
] as const;
export type PlacedCounts = Record<(typeof COUNTS)[number], number>;
export interface PlacedGroup extends PlacedCounts {
  /** `code|validFrom` of the commune of the date; null when UNDECIDED */
  target: string | null;
  placement: Placement;
}

/** The days a version's children must be looked up on for `date`, or the reason they reach no commune of it. */
export function onwardPlan(code: string, validFrom: string, date: string): { days: string[] } | { unmapped: string } {
  const id = versionId('commune', code, validFrom);
  const whole = mapVersion(id, date, new Map());
  return 'unmapped' in whole ? whole : { days: apportionedDays(id, date) };
}

/** Places each residence group and adds up the counts per commune of the date and placement. */
export function placeGroups(code: string, validFrom: string, date: string, days: string[], rows: OnwardGroupRow[]): PlacedGroup[] {
  const dir = getDirectory();
  const id = versionId('commune', code, validFrom);
  const out = new Map<string, PlacedGroup>();
  for (const row of rows) {
    const m = mapVersion(
      id,
      date,
      new Map(),
      dir,
      decideByCodeOn((day) => row.codes[days.indexOf(day)], dir),
    );
    const one = 'shares' in m && m.shares.length === 1 && !m.shares[0]!.estimates.length ? m.shares[0]!.target : null;
    const placement: Placement = one === null ? 'UNDECIDED' : days.length ? 'RESIDENCE' : 'WHOLE';
    const target = one === null ? null : one.slice('commune:'.length);
    const key = `${target}|${placement}`;
    const group = out.get(key) ?? { target, placement, ...(Object.fromEntries(COUNTS.map((c) => [c, 0])) as PlacedCounts) };
    for (const c of COUNTS) group[c] += Number(row[c]);
    out.set(key, group);
  }
  return [...out.values()].sort((a, b) => (a.target ?? '~').localeCompare(b.target ?? '~') || a.placement.localeCompare(b.placement));
}
