import { pushTo } from '../../lib/collections.ts';
import { EPS, type DisclosureRule, type Highs, judge, loadSolver, type Protection } from '../../lib/disclosure-rules.ts';
import type { Indicator } from './registry.ts';

/**
 * The attacker's audit of a published table system, by linear programming (HiGHS).
 *
 * For every hidden cell (a commune, or a published aggregate, for one sensitive indicator) and
 * every sensitive term of it, the attacker's feasible interval [lo, hi] is what two LPs give
 * when every published figure is a constraint: variables are the hidden communes' terms (≥ 0),
 * each visible aggregate says that the sum of its hidden communes' terms equals its published
 * total minus its visible members, and the attacker also knows n ≤ d for a rate and that
 * children in need are those in special circumstances or poor (max(s, p) ≤ in ≤ s + p).
 * Attackers are an outsider, each hidden commune's officer (who knows their commune's terms)
 * and each province's officer (who knows every commune of the province).
 *
 * Rules (k and P in indicators.json): a hidden term v ≥ 1 is never recovered exactly (its
 * interval holds at least two integers); a count v in 1..k−1 is never pinned into 1..k−1
 * (lo ≤ 0 or hi ≥ k) and its interval reaches max(0, v−P) below and v+P above. The rules only
 * get easier to pass as an interval widens, so a verdict of "passes" may rest on any interval
 * inside the attacker's; a failure is always judged on the LPs' exact interval.
 *
 * Cost: rows implied by their children are reduced to the hidden children (a nation whose
 * provinces are all visible adds nothing), so the system splits into small independent
 * components. Feasible points known without solving witness most bounds: the true figures,
 * moving all of one commune's terms onto a commune with the same rows (a "group"), scaling a
 * commune in no row, and the optima of earlier LPs. An LP is solved only for a (part of a cell,
 * term, direction) no witness settles, on one model per component (an officer's own commune is
 * fixed by its column bounds).
 *
 * An officer changes nothing for a cell whose outsider verdict came from group moves alone,
 * when the cell holds none of the officer's communes and no group it uses holds one: those
 * moves leave the officer's figures at their true values, so they are feasible for the officer
 * too and the verdict stands. Only the other cells are judged again, per officer.
 */

export interface CellTerms {
  numerator: number;
  denominator: number;
}

export interface TableSystem {
  /** Sensitive indicators, in a fixed order. */
  indicators: Indicator[];
  /** Every commune (`commune:code|validFrom`) with the published aggregates it belongs to. */
  communes: { area: string; aggregates: string[] }[];
  /** True figures of any area (commune or aggregate): the values to protect. */
  truth(area: string, indicator: string): CellTerms;
  /** What the attacker reads; null where the cell is hidden. */
  published(area: string, indicator: string): CellTerms | null;
}

export type { Protection };

export type Term = 'numerator' | 'denominator' | 'complement';

export interface Failure {
  area: string;
  indicator: string;
  term: Term;
  value: number;
  lo: number;
  hi: number;
  rule: DisclosureRule;
  /** The respondent who attacks (a commune or a province), or null for an outsider. */
  insider: string | null;
}

export interface AuditResult {
  failures: Failure[];
  /** (cell, term, attacker) verdicts with a true value ≥ 1: every attacker's, including those an officer inherits from the outsider's. */
  checked: number;
  lps: number;
  components: number;
  largestComponent: number;
  /** Smallest slack over small counts: how far below max(0, v−P) lo reached, and above v+P hi (≥ 0 passes). */
  worstLowMargin: number | null;
  worstHighMargin: number | null;
}

type Model = ReturnType<Highs['createModel']>;

const TERMS: Term[] = ['numerator', 'denominator', 'complement'];
export const isMoney = (i: Indicator, term: Term) => i.unit !== 'PERCENT' && term === 'numerator';
/** Terms that are counts of children, or money (the fund's numerator), per indicator. */
export function termsOf(i: Indicator): Term[] {
  return i.unit === 'PERCENT' ? ['numerator', 'denominator', 'complement'] : ['denominator', 'numerator'];
}
export const termValue = (t: CellTerms, term: Term) =>
  term === 'numerator' ? t.numerator : term === 'denominator' ? t.denominator : t.denominator - t.numerator;

/** Denominators an attacker can relate: children in need are those in special circumstances or poor. */
export function unionRelations(indicators: Indicator[]): { total: number; parts: number[] }[] {
  const byMeasure = (m: string) => indicators.findIndex((i) => i.denominator.measure === m);
  const total = byMeasure('in_need_children');
  const parts = [byMeasure('special_children'), byMeasure('poor_children')];
  return total >= 0 && parts.every((p) => p >= 0) ? [{ total, parts }] : [];
}

interface Row {
  indicator: number;
  members: number[]; // commune indices
  published: CellTerms; // right-hand side after visible members and children
}

/** A group's share of a part of a cell: its members inside the cell and outside it, with their terms. */
interface Share {
  group: number;
  ins: number;
  outs: number;
  insMass: Float64Array; // per term index
  outsMass: Float64Array;
}

/** The hidden communes of a cell that lie in one component, with what the witnesses need of them. */
interface Part {
  id: number;
  component: number;
  members: number[];
  shares: Share[];
  /** Per member, its share's index, or −1. */
  shareOf: Int32Array;
  /** The outsider's witness, per term index: the truth, and how far group moves and free communes take it. */
  sum: Float64Array;
  down: Float64Array;
  up: Float64Array;
  unbounded: boolean;
}

interface Target {
  id: number;
  area: string;
  indicator: number;
  members: number[]; // hidden commune indices (any component)
  constant: CellTerms; // visible members' published terms
  truth: CellTerms;
  parts: Part[];
  /** Terms with a true value ≥ 1. */
  terms: number;
  /** The outsider's verdict on every term came from group moves alone. */
  settledByGroups: boolean;
  /** Terms (indices) that fail for the outsider: they fail for every officer who knows none of the cell's communes. */
  outsiderFails: number;
}

/** One independent part of the system: communes linked by rows, with one LP model. */
interface Component {
  communes: number[];
  rows: Row[];
  targets: Target[];
  numCols: number;
  truthPoint: Float64Array;
  /** Optima of the outsider's LPs: feasible points, and the answers officers may reuse. */
  points: Float64Array[];
  model: Model | null;
  /** Columns fixed on the model for the attacker it was last solved for. */
  modelFixed: number[];
  modelAttacker: Attacker | null;
}

/** Who attacks: an outsider (nothing fixed), or an officer who knows some communes' terms. */
interface Attacker {
  label: string | null;
  fixed: Uint8Array; // per commune
  /** Components holding a fixed commune: only there does the attacker see more than an outsider. */
  components: Set<number>;
  /** Per group, the fixed members' count and terms ([indicator × 3]). */
  groupFixed: Map<number, { count: number; mass: Float64Array }>;
  /** Per component: the columns fixed at their true values. */
  fixedColumns: Map<number, number[]>;
  /** Per component: feasible points for this attacker (outsider optima that leave fixed columns at the truth, and own optima). */
  points: Map<number, Float64Array[]>;
  /** Exact bounds, by part, term and direction. */
  memo: Map<number, { value: number; point: Float64Array | null }>;
}

export async function audit(system: TableSystem, protection: Protection, options: { insiders?: boolean } = {}): Promise<AuditResult> {
  const solver = await loadSolver();
  return new Auditor(system, protection, solver).run(options.insiders ?? true);
}

class Auditor {
  private readonly n: number;
  private readonly ni: number;
  private readonly hidden: boolean[][]; // [commune][indicator]
  private readonly truth: CellTerms[][]; // [commune][indicator]
  /** A commune's term: [(commune × indicators + indicator) × 3 + term]. */
  private readonly mass: Float64Array;
  /** A hidden (commune, indicator)'s numerator column in its component (the denominator is next), or −1. */
  private readonly columnOf: Int32Array;
  private readonly componentOf: Int32Array;
  private readonly components: Component[] = [];
  private readonly targets: Target[] = [];
  private readonly relations: { total: number; parts: number[] }[];
  /** Communes that can take each other's terms (fully hidden, the same rows), and communes in no row. */
  private readonly groupOf: Int32Array;
  private readonly groups: number[][] = [];
  private readonly free: Uint8Array;
  private readonly outsider: Attacker;
  private lps = 0;
  private checked = 0;
  private worstLow: number | null = null;
  private worstHigh: number | null = null;

  private readonly system: TableSystem;
  private readonly protection: Protection;
  private readonly highs: Highs;

  constructor(system: TableSystem, protection: Protection, highs: Highs) {
    this.system = system;
    this.protection = protection;
    this.highs = highs;
    const { communes, indicators } = system;
    this.n = communes.length;
    this.ni = indicators.length;
    this.relations = unionRelations(indicators);
    this.hidden = communes.map((c) => indicators.map((i) => system.published(c.area, i.id) === null));
    this.truth = communes.map((c) => indicators.map((i) => system.truth(c.area, i.id)));
    this.mass = new Float64Array(this.n * this.ni * 3);
    for (let m = 0; m < this.n; m++)
      for (let ii = 0; ii < this.ni; ii++)
        TERMS.forEach((term, ti) => (this.mass[(m * this.ni + ii) * 3 + ti] = termValue(this.truth[m]![ii]!, term)));

    const membersOf = new Map<string, number[]>();
    communes.forEach((c, index) => c.aggregates.forEach((a) => pushTo(membersOf, a, index)));
    const childrenOf = childAggregates(communes, membersOf);

    // Rows: each visible aggregate, reduced by its visible children (their rows already hold those communes).
    const rows: Row[] = [];
    const targets: Omit<Target, 'id' | 'parts' | 'terms' | 'settledByGroups' | 'outsiderFails'>[] = [];
    indicators.forEach((ind, ii) => {
      for (const [area, members] of membersOf) {
        const total = system.published(area, ind.id);
        const children = childrenOf.get(area) ?? [];
        if (total === null) {
          targets.push({
            area,
            indicator: ii,
            members: members.filter((m) => this.hidden[m]![ii]),
            constant: this.visibleSum(members, ii),
            truth: system.truth(area, ind.id),
          });
          continue;
        }
        const visibleChildren = children.filter((c) => system.published(c, ind.id) !== null);
        const covered = new Set(visibleChildren.flatMap((c) => membersOf.get(c)!));
        const rest = members.filter((m) => !covered.has(m));
        const rhs = { ...total };
        for (const c of visibleChildren) subtract(rhs, system.published(c, ind.id)!);
        subtract(rhs, this.visibleSum(rest, ii));
        const hiddenRest = rest.filter((m) => this.hidden[m]![ii]);
        if (hiddenRest.length) rows.push({ indicator: ii, members: hiddenRest, published: rhs });
      }
      communes.forEach((c, m) => {
        if (this.hidden[m]![ii])
          targets.push({
            area: c.area,
            indicator: ii,
            members: [m],
            constant: { numerator: 0, denominator: 0 },
            truth: this.truth[m]![ii]!,
          });
      });
    });

    // Components: communes joined by rows.
    const parent = Int32Array.from({ length: this.n }, (_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
    for (const r of rows) for (const m of r.members.slice(1)) parent[find(m)] = find(r.members[0]!);
    this.componentOf = new Int32Array(this.n).fill(-1);
    this.columnOf = new Int32Array(this.n * this.ni).fill(-1);
    const byRoot = new Map<number, Component>();
    for (let m = 0; m < this.n; m++) {
      if (!this.hidden[m]!.some(Boolean)) continue;
      const root = find(m);
      let comp = byRoot.get(root);
      if (!comp)
        byRoot.set(
          root,
          (comp = {
            communes: [],
            rows: [],
            targets: [],
            numCols: 0,
            truthPoint: new Float64Array(0),
            points: [],
            model: null,
            modelFixed: [],
            modelAttacker: null,
          }),
        );
      comp.communes.push(m);
    }
    for (const comp of byRoot.values()) {
      const id = this.components.length;
      this.components.push(comp);
      const truthPoint: number[] = [];
      for (const m of comp.communes) {
        this.componentOf[m] = id;
        for (let ii = 0; ii < this.ni; ii++) {
          if (!this.hidden[m]![ii]) continue;
          this.columnOf[m * this.ni + ii] = comp.numCols;
          comp.numCols += 2;
          truthPoint.push(this.truth[m]![ii]!.numerator, this.truth[m]![ii]!.denominator);
        }
      }
      comp.truthPoint = Float64Array.from(truthPoint);
    }
    for (const r of rows) this.components[this.componentOf[r.members[0]!]!]!.rows.push(r);

    // Groups: fully hidden communes with the same rows; communes in no row are free.
    this.groupOf = new Int32Array(this.n).fill(-1);
    this.free = new Uint8Array(this.n);
    for (const comp of this.components) {
      const rowsOf = new Map<number, number[]>();
      comp.rows.forEach((r, ri) => r.members.forEach((m) => pushTo(rowsOf, m, ri)));
      const bySignature = new Map<string, number[]>();
      for (const m of comp.communes) {
        if (!this.hidden[m]!.every(Boolean)) continue;
        const sig = (rowsOf.get(m) ?? []).join(',');
        if (sig === '') this.free[m] = 1;
        else pushTo(bySignature, sig, m);
      }
      for (const g of bySignature.values()) {
        if (g.length < 2) continue;
        for (const m of g) this.groupOf[m] = this.groups.length;
        this.groups.push(g);
      }
    }

    let parts = 0;
    for (const t of targets) {
      const byComponent = new Map<number, number[]>();
      for (const m of t.members) pushTo(byComponent, this.componentOf[m]!, m);
      const target: Target = { ...t, id: this.targets.length, parts: [], terms: 0, settledByGroups: false, outsiderFails: 0 };
      target.terms = termsOf(indicators[t.indicator]!).filter((term) => termValue(t.truth, term) >= 1).length;
      for (const [component, members] of byComponent) target.parts.push(this.part(parts++, component, members, t.indicator));
      this.targets.push(target);
      for (const c of byComponent.keys()) this.components[c]!.targets.push(target);
    }
    this.outsider = this.attacker(null, []);
  }

  private part(id: number, component: number, members: number[], ii: number): Part {
    const inside = new Set(members);
    const shares = new Map<number, Share>();
    const shareIndex = new Map<number, number>();
    const shareOf = new Int32Array(members.length).fill(-1);
    const sum = new Float64Array(3);
    const down = new Float64Array(3);
    const up = new Float64Array(3);
    let unbounded = false;
    members.forEach((m, i) => {
      const base = (m * this.ni + ii) * 3;
      for (let ti = 0; ti < 3; ti++) sum[ti]! += this.mass[base + ti]!;
      if (this.free[m]) {
        unbounded = true;
        for (let ti = 0; ti < 3; ti++) down[ti]! += this.mass[base + ti]!;
      }
      const g = this.groupOf[m]!;
      if (g < 0) return;
      let share = shares.get(g);
      if (!share) {
        share = { group: g, ins: 0, outs: 0, insMass: new Float64Array(3), outsMass: new Float64Array(3) };
        for (const x of this.groups[g]!) {
          const xb = (x * this.ni + ii) * 3;
          const into = inside.has(x) ? share.insMass : share.outsMass;
          inside.has(x) ? share.ins++ : share.outs++;
          for (let ti = 0; ti < 3; ti++) into[ti]! += this.mass[xb + ti]!;
        }
        shareIndex.set(g, shares.size);
        shares.set(g, share);
      }
      shareOf[i] = shareIndex.get(g)!;
    });
    // Moving a group's members outside the cell onto those inside raises it; the reverse lowers it.
    for (const s of shares.values()) {
      if (!s.ins || !s.outs) continue;
      for (let ti = 0; ti < 3; ti++) (up[ti]! += s.outsMass[ti]!), (down[ti]! += s.insMass[ti]!);
    }
    return { id, component, members, shares: [...shares.values()], shareOf, sum, down, up, unbounded };
  }

  private attacker(label: string | null, fixedCommunes: number[]): Attacker {
    const fixed = new Uint8Array(this.n);
    const components = new Set<number>();
    const groupFixed = new Map<number, { count: number; mass: Float64Array }>();
    for (const m of fixedCommunes) {
      fixed[m] = 1;
      const c = this.componentOf[m]!;
      if (c < 0) continue;
      components.add(c);
      const g = this.groupOf[m]!;
      if (g < 0) continue;
      let entry = groupFixed.get(g);
      if (!entry) groupFixed.set(g, (entry = { count: 0, mass: new Float64Array(this.ni * 3) }));
      entry.count++;
      for (let j = 0; j < this.ni * 3; j++) entry.mass[j]! += this.mass[m * this.ni * 3 + j]!;
    }
    return { label, fixed, components, groupFixed, fixedColumns: new Map(), points: new Map(), memo: new Map() };
  }

  private visibleSum(members: number[], ii: number): CellTerms {
    const sum = { numerator: 0, denominator: 0 };
    const ind = this.system.indicators[ii]!.id;
    for (const m of members) if (!this.hidden[m]![ii]) add(sum, this.system.published(this.system.communes[m]!.area, ind)!);
    return sum;
  }

  run(insiders: boolean): AuditResult {
    const failures: Failure[] = [];
    try {
      for (const t of this.targets) failures.push(...this.check(t, this.outsider));
      if (insiders) {
        // A commune officer: their own commune's terms are known; only its component changes.
        const mark = new Uint8Array(this.targets.length);
        const containing = new Map<number, Target[]>();
        const touching = new Map<number, Target[]>();
        for (const t of this.targets) {
          for (const m of t.members) pushTo(containing, m, t);
          for (const p of t.parts) for (const s of p.shares) pushTo(touching, s.group, t);
        }
        for (let m = 0; m < this.n; m++) {
          const comp = this.componentOf[m]!;
          if (comp < 0) continue;
          const area = this.system.communes[m]!.area;
          const officer = this.attacker(area, [m]);
          const affected = [...(containing.get(m) ?? []), ...(this.groupOf[m]! >= 0 ? (touching.get(this.groupOf[m]!) ?? []) : [])];
          for (const t of affected) mark[t.id] = 1;
          for (const t of this.components[comp]!.targets) {
            if (t.area === area) continue;
            // Untouched by this officer and settled by group moves that leave their commune as it is: the outsider's verdict stands.
            if (!mark[t.id] && t.settledByGroups) this.checked += t.terms;
            else failures.push(...this.check(t, officer));
          }
          for (const t of affected) mark[t.id] = 0;
        }
        // A province officer: every commune of the province; only components reaching outside it matter.
        const provinces = new Map<string, number[]>();
        this.system.communes.forEach((c, m) => {
          const p = c.aggregates.find((a) => a.startsWith('province:') && !a.includes('|'));
          if (p) pushTo(provinces, p, m);
        });
        for (const [province, members] of provinces) {
          const officer = this.attacker(province, members);
          const code = province.slice('province:'.length);
          const crossing = [...officer.components].filter((c) => this.components[c]!.communes.some((m) => !officer.fixed[m]));
          if (!crossing.length) continue;
          const sees = (t: Target) =>
            t.members.every((m) => officer.fixed[m]) ||
            t.area.startsWith(`province:${code}`) ||
            (t.area.startsWith('commune:') && officer.fixed[t.members[0]!] === 1);
          const targets = [...new Set(crossing.flatMap((c) => this.components[c]!.targets))].filter((t) => !sees(t));
          for (const t of targets) failures.push(...this.check(t, officer));
        }
      }
    } finally {
      for (const c of this.components) c.model?.dispose();
    }
    return {
      failures,
      checked: this.checked,
      lps: this.lps,
      components: this.components.length,
      largestComponent: Math.max(0, ...this.components.map((c) => c.communes.length)),
      worstLowMargin: this.worstLow,
      worstHighMargin: this.worstHigh,
    };
  }

  /** Judges every term of a cell for one attacker, from witnesses first and LPs where they do not settle it. */
  private check(t: Target, attacker: Attacker): Failure[] {
    const failures: Failure[] = [];
    const ind = this.system.indicators[t.indicator]!;
    const outsider = attacker === this.outsider;
    let groupsSettle = outsider;
    // An officer knows at least what the outsider knows: where their own communes are not in the cell, an outsider's failure is theirs too, and listed once.
    const inherits = !outsider && t.outsiderFails !== 0 && t.members.every((m) => !attacker.fixed[m]);
    for (const term of termsOf(ind)) {
      if (termValue(t.truth, term) < 1) continue;
      this.checked++;
      const ti = TERMS.indexOf(term);
      if (inherits && t.outsiderFails & (1 << ti)) continue;
      const money = isMoney(ind, term);
      let own = 0;
      let unknown = 0;
      let groupsLo = termValue(t.constant, term);
      let groupsHi = groupsLo;
      const witnesses = t.parts.map((p) => {
        const w = this.witness(p, t.indicator, ti, attacker);
        own += w.own;
        unknown += w.unknown;
        groupsLo += w.lo;
        groupsHi += w.hi;
        return w;
      });
      // A respondent's own figures are theirs to know: what is judged is the rest of the aggregate.
      if (own > 0 && !unknown) continue;
      const value = termValue(t.truth, term) - own;
      if (value < 1) continue;
      if (groupsSettle && judge(value, groupsLo, groupsHi, money, this.protection) !== null) groupsSettle = false;
      const base = termValue(t.constant, term);
      let lo = base;
      let hi = base;
      t.parts.forEach((p, i) => {
        const [pointsLo, pointsHi] = this.pointBounds(p, t.indicator, ti, attacker);
        lo += Math.min(witnesses[i]!.lo, pointsLo);
        hi += Math.max(witnesses[i]!.hi, pointsHi);
      });
      if (judge(value, lo, hi, money, this.protection) !== null) {
        // Witnesses do not settle it: the LPs give the attacker's exact interval.
        lo = base;
        hi = base;
        for (const p of t.parts) (lo += this.exact(p, t.indicator, ti, -1, attacker)), (hi += this.exact(p, t.indicator, ti, 1, attacker));
      }
      const rule = judge(value, lo, hi, money, this.protection);
      if (!money && value < this.protection.k) {
        const low = Math.max(0, value - this.protection.p) - Math.ceil(lo - EPS);
        const high = (hi === Infinity ? 1e9 : Math.floor(hi + EPS)) - (value + this.protection.p);
        this.worstLow = this.worstLow === null ? low : Math.min(this.worstLow, low);
        this.worstHigh = this.worstHigh === null ? high : Math.min(this.worstHigh, high);
      }
      if (rule) failures.push({ area: t.area, indicator: ind.id, term, value, lo, hi, rule, insider: attacker.label });
      if (rule && outsider) t.outsiderFails |= 1 << ti;
    }
    if (outsider) t.settledByGroups = groupsSettle;
    return failures;
  }

  /**
   * The witnessed interval of a part's unknown members (the truth moved by groups and free
   * communes, none of them fixed), with the fixed members' known sum.
   */
  private witness(p: Part, ii: number, ti: number, attacker: Attacker): { lo: number; hi: number; own: number; unknown: number } {
    if (!attacker.components.has(p.component)) {
      return { lo: p.sum[ti]! - p.down[ti]!, hi: p.unbounded ? Infinity : p.sum[ti]! + p.up[ti]!, own: 0, unknown: p.members.length };
    }
    let sum = 0;
    let own = 0;
    let unknown = 0;
    let down = 0;
    let up = 0;
    let unbounded = false;
    const fixedIns = new Map<number, { count: number; mass: number }>();
    p.members.forEach((m, i) => {
      const v = this.mass[(m * this.ni + ii) * 3 + ti]!;
      if (attacker.fixed[m]) {
        own += v;
        const s = p.shareOf[i]!;
        if (s >= 0) {
          const e = fixedIns.get(s) ?? { count: 0, mass: 0 };
          e.count++;
          e.mass += v;
          fixedIns.set(s, e);
        }
        return;
      }
      unknown++;
      sum += v;
      if (this.free[m]) (unbounded = true), (down += v);
    });
    p.shares.forEach((s, si) => {
      const inFixed = fixedIns.get(si) ?? { count: 0, mass: 0 };
      const all = attacker.groupFixed.get(s.group);
      const ins = s.ins - inFixed.count;
      const outs = s.outs - ((all?.count ?? 0) - inFixed.count);
      if (!ins || !outs) return;
      down += s.insMass[ti]! - inFixed.mass;
      up += s.outsMass[ti]! - ((all?.mass[ii * 3 + ti] ?? 0) - inFixed.mass);
    });
    return { lo: sum - down, hi: unbounded ? Infinity : sum + up, own, unknown };
  }

  /** The part's unknown members' term at the attacker's known feasible points (earlier LP optima). */
  private pointBounds(p: Part, ii: number, ti: number, attacker: Attacker): [number, number] {
    let lo = Infinity;
    let hi = -Infinity;
    const points = this.pointsFor(p.component, attacker);
    if (!points.length) return [lo, hi];
    const cols = this.objective(p, ii, ti, attacker);
    for (const point of points) {
      let v = 0;
      for (let j = 0; j < cols.length; j += 2) v += cols[j + 1]! * point[cols[j]!]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return [lo, hi];
  }

  private pointsFor(component: number, attacker: Attacker): Float64Array[] {
    const comp = this.components[component]!;
    if (!attacker.components.has(component)) return comp.points;
    let points = attacker.points.get(component);
    if (!points) {
      points = comp.points.filter((pt) => this.agrees(pt, component, attacker));
      attacker.points.set(component, points);
    }
    return points;
  }

  /** Objective over the part's unknown members, as (column, weight) pairs. */
  private objective(p: Part, ii: number, ti: number, attacker: Attacker): number[] {
    const cols: number[] = [];
    for (const m of p.members) {
      if (attacker.fixed[m]) continue;
      const n = this.columnOf[m * this.ni + ii]!;
      if (ti === 0) cols.push(n, 1);
      else if (ti === 1) cols.push(n + 1, 1);
      else cols.push(n + 1, 1, n, -1);
    }
    return cols;
  }

  private fixedColumns(component: number, attacker: Attacker): number[] {
    let cols = attacker.fixedColumns.get(component);
    if (!cols) {
      cols = [];
      for (const m of this.components[component]!.communes) {
        if (!attacker.fixed[m]) continue;
        for (let ii = 0; ii < this.ni; ii++) {
          const c = this.columnOf[m * this.ni + ii]!;
          if (c >= 0) cols.push(c, c + 1);
        }
      }
      attacker.fixedColumns.set(component, cols);
    }
    return cols;
  }

  /** Whether a point of the component leaves the attacker's fixed columns at their true values. */
  private agrees(point: Float64Array, component: number, attacker: Attacker): boolean {
    const truth = this.components[component]!.truthPoint;
    return this.fixedColumns(component, attacker).every((c) => Math.abs(point[c]! - truth[c]!) <= EPS);
  }

  /** The exact bound of a part's unknown members' term, by LP (memoized per attacker). */
  private exact(p: Part, ii: number, ti: number, dir: 1 | -1, attacker: Attacker): number {
    const key = (p.id * 3 + ti) * 2 + (dir === 1 ? 1 : 0);
    const inside = attacker.components.has(p.component);
    const memo = inside ? attacker.memo : this.outsider.memo;
    const known = memo.get(key);
    if (known) return known.value;
    if (inside && p.members.every((m) => !attacker.fixed[m])) {
      // The outsider's optimum, when it leaves the officer's figures as they are, is the officer's too.
      const theirs = this.outsider.memo.get(key);
      if (theirs?.point && this.agrees(theirs.point, p.component, attacker)) {
        memo.set(key, theirs);
        return theirs.value;
      }
    }
    const result = this.solve(p.component, this.objective(p, ii, ti, attacker), dir, inside ? attacker : this.outsider);
    memo.set(key, result);
    if (result.point) (inside ? this.pointsFor(p.component, attacker) : this.components[p.component]!.points).push(result.point);
    return result.value;
  }

  private solve(component: number, cols: number[], dir: 1 | -1, attacker: Attacker): { value: number; point: Float64Array | null } {
    const { highs } = this;
    const comp = this.components[component]!;
    const model = (comp.model ??= this.build(comp));
    if (comp.modelAttacker !== attacker) {
      // Fix the officer's own columns at their true values; free the previous officer's.
      for (const c of comp.modelFixed) model.changeColBounds(c, 0, highs.infinity);
      comp.modelFixed = attacker === this.outsider ? [] : this.fixedColumns(component, attacker);
      for (const c of comp.modelFixed) model.changeColBounds(c, comp.truthPoint[c]!, comp.truthPoint[c]!);
      comp.modelAttacker = attacker;
    }
    const cost = new Float64Array(comp.numCols);
    for (let j = 0; j < cols.length; j += 2) cost[cols[j]!]! += cols[j + 1]!;
    model.changeColsCost({ kind: 'range', from: 0, to: comp.numCols - 1 }, cost);
    model.changeObjectiveSense(dir === 1 ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize);
    model.run();
    this.lps++;
    const status = model.getModelStatus();
    if (status === highs.constants.modelStatus.unbounded || status === highs.constants.modelStatus.unboundedOrInfeasible) {
      if (dir === 1) return { value: Infinity, point: null };
    }
    if (status !== highs.constants.modelStatus.optimal) throw new Error(`disclosure audit: LP ended with status ${status}`);
    return { value: model.getObjectiveValue(), point: Float64Array.from(model.getSolution().colValue) };
  }

  private build(comp: Component): Model {
    const { highs, hidden, system, relations } = this;
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    const rowLower: number[] = [];
    const rowUpper: number[] = [];
    const push = (entries: [number, number][], lo: number, hi: number) => {
      const merged = new Map<number, number>();
      for (const [c, w] of entries) merged.set(c, (merged.get(c) ?? 0) + w);
      const sorted = [...merged].filter(([, w]) => w !== 0).sort((a, b) => a[0] - b[0]);
      if (!sorted.length) return;
      for (const [c, w] of sorted) indices.push(c), values.push(w);
      starts.push(indices.length);
      rowLower.push(lo);
      rowUpper.push(hi);
    };
    for (const r of comp.rows) {
      for (const t of [0, 1]) {
        const rhs = t === 0 ? r.published.numerator : r.published.denominator;
        push(
          r.members.map((m) => [this.columnOf[m * this.ni + r.indicator]! + t, 1] as [number, number]),
          rhs,
          rhs,
        );
      }
    }
    // A term is a column where hidden, a constant (the published figure) where visible.
    const termOf = (m: number, ii: number, t: 0 | 1): { col?: number; value: number } => {
      const col = this.columnOf[m * this.ni + ii]!;
      if (col >= 0) return { col: col + t, value: 0 };
      const p = system.published(system.communes[m]!.area, system.indicators[ii]!.id)!;
      return { value: t === 0 ? p.numerator : p.denominator };
    };
    // a·x + constant ≤ 0 as a row (skipped when every term is a constant).
    const atMostZero = (terms: [{ col?: number; value: number }, number][]) => {
      const entries: [number, number][] = [];
      let constant = 0;
      for (const [t, w] of terms) t.col === undefined ? (constant += w * t.value) : entries.push([t.col, w]);
      push(entries, -highs.infinity, -constant);
    };
    for (const m of comp.communes) {
      system.indicators.forEach((ind, ii) => {
        if (ind.unit === 'PERCENT' && hidden[m]![ii])
          atMostZero([
            [termOf(m, ii, 0), 1],
            [termOf(m, ii, 1), -1],
          ]);
      });
      for (const { total, parts } of relations) {
        if (![total, ...parts].some((ii) => hidden[m]![ii])) continue;
        for (const p of parts)
          atMostZero([
            [termOf(m, p, 1), 1],
            [termOf(m, total, 1), -1],
          ]);
        atMostZero([[termOf(m, total, 1), 1], ...parts.map((p) => [termOf(m, p, 1), -1] as [{ col?: number; value: number }, number])]);
      }
    }
    const numRows = rowLower.length;
    const model = highs.createModel({
      numCols: comp.numCols,
      numRows,
      colCost: new Float64Array(comp.numCols),
      colLower: new Float64Array(comp.numCols),
      colUpper: new Float64Array(comp.numCols).fill(highs.infinity),
      rowLower,
      rowUpper,
      matrix: { format: 'csr', numRows, numCols: comp.numCols, starts, indices, values },
    });
    // One model solved for many objectives: presolve costs more than it saves here, and after a change of
    // objective the primal simplex goes on from the last basis (still feasible) where the dual starts over.
    model.options.set({ output_flag: false, presolve: 'off', simplex_strategy: 4 });
    return model;
  }
}

export function add(a: CellTerms, b: CellTerms) {
  a.numerator += b.numerator;
  a.denominator += b.denominator;
}
export function subtract(a: CellTerms, b: CellTerms) {
  a.numerator -= b.numerator;
  a.denominator -= b.denominator;
}

/**
 * Children whose members partition an aggregate: the nation's provinces (and a classification's
 * provinces), a province's districts when every commune has one.
 */
export function childAggregates(communes: TableSystem['communes'], membersOf: Map<string, number[]>): Map<string, string[]> {
  const children = new Map<string, Set<string>>();
  const complete = new Map<string, boolean>();
  const link = (parent: string, child: string | undefined) => {
    if (!child) return complete.set(parent, false);
    const set = children.get(parent) ?? new Set<string>();
    set.add(child);
    children.set(parent, set);
    if (!complete.has(parent)) complete.set(parent, true);
  };
  for (const c of communes) {
    const suffixOf = (a: string) => (a.includes('|') ? a.slice(a.indexOf('|')) : '');
    for (const a of c.aggregates) {
      const suffix = suffixOf(a);
      if (a.startsWith('nation'))
        link(
          a,
          c.aggregates.find((x) => x.startsWith('province:') && suffixOf(x) === suffix),
        );
      else if (a.startsWith('province:') && suffix === '')
        link(
          a,
          c.aggregates.find((x) => x.startsWith('district:') && suffixOf(x) === ''),
        );
    }
  }
  const out = new Map<string, string[]>();
  for (const [parent, set] of children) if (complete.get(parent) && membersOf.has(parent)) out.set(parent, [...set]);
  return out;
}
