import { addDays } from '../periods.ts';
import { getDirectory, inForceOn, type Directory, type Level, type Link, type UnitVersion } from './lineage.ts';

/**
 * Where a unit version's figures go on the geography of a date: the one rule every basis uses
 * (the coverage read model, the fund's ledger). It follows the lineage (lineage.ts: same-code
 * continuations, the 2021–2025 mergers, the 2025 crosswalk, provinces' links) forward or back
 * through every hop. A whole transfer moves everything (exact); a divided unit's figures, and a
 * new unit's when going back to its predecessors, are apportioned by children's residence across
 * the boundary change (method CHILD_RESIDENCE_SHARE; EQUAL_SPLIT when no child moved across).
 * A version part of which reaches no unit of the date is unmapped, with why.
 */
export type Method = 'CHILD_RESIDENCE_SHARE' | 'EQUAL_SPLIT';

/** Children living in `from` on its last day and in `to` on the next day, keyed `fromId>toId`. */
export type Transitions = Map<string, number>;

export interface Share {
  /** version id of the commune on the target geography */
  target: string;
  weight: number;
  /** the hops that were apportioned rather than whole transfers; empty when exact */
  estimates: { from: string; to: string; weight: number; method: Method }[];
}

export type Mapping = { shares: Share[] } | { unmapped: string };

/**
 * A record's own evidence at an apportioned hop: given the version left behind (`at`), the links
 * it could go to and the direction, the id of the one link the record itself says it went to
 * (a child's residence on the boundary day), or null when the record cannot tell (then the hop
 * is apportioned by weight). Never consulted at whole transfers.
 */
export type Decide = (at: UnitVersion, links: Link[], forward: boolean) => string | null;

const MAX_HOPS = 12;

const isWhole = (links: Link[]) => links.length === 1 && links[0]!.transfer === 'FULL';

/** One link's weight going forward (a predecessor's figures into its successors) or backward. */
function hopWeights(id: string, links: Link[], transitions: Transitions, forward: boolean) {
  if (isWhole(links)) return links.map((l) => ({ link: l, weight: 1, method: null }));
  const children = links.map((l) => transitions.get(forward ? `${id}>${l.id}` : `${l.id}>${id}`) ?? 0);
  const total = children.reduce((a, b) => a + b, 0);
  return links.map((l, i) => ({
    link: l,
    weight: total > 0 ? children[i]! / total : 1 / links.length,
    method: (total > 0 ? 'CHILD_RESIDENCE_SHARE' : 'EQUAL_SPLIT') as Method,
  }));
}

/** The day a record's evidence is read at an apportioned hop: the first day after `at` going forward, the last day before it going back. */
export const boundaryDay = (at: UnitVersion, forward: boolean) => (forward ? addDays(at.validUntil!, 1) : addDays(at.validFrom, -1));

/**
 * Where a commune version's figures go on the geography of `date`. With `decide`, a record's own
 * evidence settles each apportioned hop it can (exact); the others are apportioned by weight.
 */
export function mapVersion(id: string, date: string, transitions: Transitions, dir: Directory = getDirectory(), decide?: Decide): Mapping {
  const start = dir.byId.get(id);
  if (!start) return { unmapped: 'NOT_IN_DIRECTORY' };
  const forward = start.validFrom <= date;
  const out = new Map<string, Share>();
  let reason: string | null = null;
  const walk = (at: string, weight: number, estimates: Share['estimates'], hops: number) => {
    const v = dir.byId.get(at)!;
    if (inForceOn(v, date)) {
      const share = out.get(at) ?? { target: at, weight: 0, estimates: [] };
      share.weight += weight;
      share.estimates.push(...estimates);
      out.set(at, share);
      return;
    }
    // Links to versions of the same time (a 2021 commune absorbed by a neighbour of the same snapshot) count as forward steps.
    const links = (forward ? dir.successors : dir.predecessors).get(at) ?? [];
    if (!links.length || hops >= MAX_HOPS) {
      reason ??= dir.unknownSuccessor.get(at) ?? (forward ? 'NO_KNOWN_SUCCESSOR' : 'NO_KNOWN_PREDECESSOR');
      return;
    }
    const decided = decide && !isWhole(links) ? decide(v, links, forward) : null;
    if (decided !== null && links.some((l) => l.id === decided)) {
      walk(decided, weight, estimates, hops + 1);
      return;
    }
    for (const { link, weight: w, method } of hopWeights(at, links, transitions, forward)) {
      const hop = method ? [{ from: forward ? at : link.id, to: forward ? link.id : at, weight: w, method }] : [];
      walk(link.id, weight * w, [...estimates, ...hop], hops + 1);
    }
  };
  walk(id, 1, [], 0);
  // A version part of which reaches nothing stays whole in the ledger: never half-moved.
  if (reason !== null) return { unmapped: reason };
  return { shares: [...out.values()] };
}

const targetsByDate = new Map<string, Map<string, UnitVersion[] | null>>();
/** Every version's targets on `date` (null: unmapped), computed once per date and process. */
function targetsOn(date: string, dir: Directory): Map<string, UnitVersion[] | null> {
  let all = targetsByDate.get(date);
  if (!all) {
    all = new Map();
    for (const id of dir.byId.keys()) {
      const m = mapVersion(id, date, new Map(), dir);
      all.set(id, 'unmapped' in m ? null : m.shares.map((s) => dir.byId.get(s.target)!));
    }
    targetsByDate.set(date, all);
  }
  return all;
}

/**
 * The versions of `level` whose figures land wholly, with no apportioning, on units of `date`
 * that satisfy `inside` (a version in force on `date` lands on itself). Records filed under
 * such a version move there whole; those of a version divided between units inside and outside
 * cannot be placed by this rule and are left out.
 */
export function versionsLandingIn(
  level: Level,
  date: string,
  inside: (target: UnitVersion) => boolean,
  dir: Directory = getDirectory(),
): UnitVersion[] {
  const out: UnitVersion[] = [];
  for (const [id, targets] of targetsOn(date, dir)) {
    const v = dir.byId.get(id)!;
    if (v.level === level && targets?.length && targets.every(inside)) out.push(v);
  }
  return out;
}

/**
 * The Decide of a record whose place on a day is known by its commune code (a child's residence,
 * a facility's location): at an apportioned hop it goes to the link whose version held that code
 * on the boundary day; no code that day, or a code outside the links, leaves the hop to the weights.
 */
export function decideByCodeOn(codeOn: (day: string) => string | null | undefined, dir: Directory = getDirectory()): Decide {
  return (at, links, forward) => {
    const day = boundaryDay(at, forward);
    const code = codeOn(day);
    const there = code ? dir.versionsOf.get(`commune:${code}`)?.find((v) => inForceOn(v, day)) : undefined;
    return there && links.some((l) => l.id === there.id) ? there.id : null;
  };
}

/** The boundary days at which a version's mapping onto `date` is apportioned: where a record's own evidence is read. */
export function apportionedDays(id: string, date: string, dir: Directory = getDirectory()): string[] {
  const days = new Set<string>();
  mapVersion(id, date, new Map(), dir, (at, _links, forward) => {
    days.add(boundaryDay(at, forward));
    return null;
  });
  return [...days].sort();
}
