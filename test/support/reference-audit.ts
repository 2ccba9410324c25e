import { pushTo } from '../../lib/collections.ts';
import {
  add,
  childAggregates,
  isMoney,
  subtract,
  termsOf,
  termValue,
  unionRelations,
  type AuditResult,
  type CellTerms,
  type Failure,
  type Protection,
  type TableSystem,
  type Term,
} from '../../subgraphs/coverage/disclosure-audit.ts';
import { judge, loadSolver } from '../../lib/disclosure-rules.ts';

/**
 * The attacker's audit of a published table system, by linear programming (HiGHS).
 *
 * For every hidden cell (a commune, or a published aggregate, for one sensitive indicator) and
 * every sensitive term of it, the attacker's feasible interval [lo, hi] is what two LPs give
 * when every published figure is a constraint: variables are the hidden communes' terms (≥ 0),
 * each visible aggregate says that the sum of its hidden communes' terms equals its published
 * total minus its visible members, and the attacker also knows n ≤ d for a rate and that
 * children in need are those in special circumstances or poor (max(s, p) ≤ in ≤ s + p).
 *
 * Rules (k and P in indicators.json): a hidden term v ≥ 1 is never recovered exactly (its
 * interval holds at least two integers); a count v in 1..k−1 is never pinned into 1..k−1
 * (lo ≤ 0 or hi ≥ k) and its interval reaches max(0, v−P) below and v+P above.
 *
 * Cost: rows implied by their children are reduced to the hidden children (a nation whose
 * provinces are all visible adds nothing), so the system splits into small independent
 * components; feasible points that are known without solving (the true figures, moving all of
 * one commune's terms onto a commune with the same constraints, every LP solution) witness
 * most bounds, and an LP is solved only for a (cell, term, direction) no witness settles.
 *
 * The types, the rules (judge, termsOf) and the solver are the subgraph's own
 * (subgraphs/coverage/disclosure-audit.ts): only the way officers are judged differs.
 */

type Highs = Awaited<ReturnType<typeof loadSolver>>;
const EPS = 1e-6;

interface Row {
  indicator: number;
  members: number[]; // commune indices
  published: CellTerms; // right-hand side after visible members and children
}

/** One independent part of the system: communes linked by rows, with their LP columns. */
interface Component {
  communes: number[];
  rows: Row[];
}

interface Target {
  area: string;
  indicator: number;
  members: number[]; // hidden commune indices (any component)
  constant: CellTerms; // visible members' published terms
}

/** The audit as it was before officers inherited the outsider's verdicts: every attacker re-judged in full, for the equivalence test. */
export async function referenceAudit(
  system: TableSystem,
  protection: Protection,
  options: { insiders?: boolean } = {},
): Promise<AuditResult> {
  const solver = await loadSolver();
  return new Auditor(system, protection, solver).run(options.insiders ?? true);
}

class Auditor {
  private readonly n: number;
  private readonly hidden: boolean[][]; // [commune][indicator]
  private readonly truth: CellTerms[][]; // [commune][indicator]
  private readonly componentOf: Int32Array;
  private readonly components: Component[] = [];
  private readonly targets: Target[] = [];
  private readonly relations: { total: number; parts: number[] }[];
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
    this.relations = unionRelations(indicators);
    this.hidden = communes.map((c) => indicators.map((i) => system.published(c.area, i.id) === null));
    this.truth = communes.map((c) => indicators.map((i) => system.truth(c.area, i.id)));

    const membersOf = new Map<string, number[]>();
    communes.forEach((c, index) => c.aggregates.forEach((a) => pushTo(membersOf, a, index)));
    const childrenOf = childAggregates(communes, membersOf);

    // Rows: each visible aggregate, reduced by its visible children (their rows already hold those communes).
    const rows: Row[] = [];
    indicators.forEach((ind, ii) => {
      for (const [area, members] of membersOf) {
        const total = system.published(area, ind.id);
        const children = childrenOf.get(area) ?? [];
        if (total === null) {
          this.targets.push({
            area,
            indicator: ii,
            members: members.filter((m) => this.hidden[m]![ii]),
            constant: this.visibleSum(members, ii),
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
          this.targets.push({ area: c.area, indicator: ii, members: [m], constant: { numerator: 0, denominator: 0 } });
      });
    });

    // Components: communes joined by rows.
    const parent = Int32Array.from({ length: this.n }, (_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
    for (const r of rows) for (const m of r.members.slice(1)) parent[find(m)] = find(r.members[0]!);
    this.componentOf = new Int32Array(this.n).fill(-1);
    const byRoot = new Map<number, Component>();
    for (let m = 0; m < this.n; m++) {
      if (!this.hidden[m]!.some(Boolean)) continue;
      const root = find(m);
      let comp = byRoot.get(root);
      if (!comp) byRoot.set(root, (comp = { communes: [], rows: [] }));
      comp.communes.push(m);
    }
    for (const comp of byRoot.values()) {
      const id = this.components.length;
      this.components.push(comp);
      for (const m of comp.communes) this.componentOf[m] = id;
    }
    for (const r of rows) this.components[this.componentOf[r.members[0]!]!]!.rows.push(r);
  }

  private byComponent: Target[][] | null = null;
  /** The targets with a hidden commune in a component. */
  private targetsOf(component: number): Target[] {
    if (!this.byComponent) {
      this.byComponent = this.components.map(() => []);
      for (const t of this.targets) for (const c of new Set(t.members.map((m) => this.componentOf[m]!))) this.byComponent[c]!.push(t);
    }
    return this.byComponent[component]!;
  }

  private visibleSum(members: number[], ii: number): CellTerms {
    const sum = { numerator: 0, denominator: 0 };
    const ind = this.system.indicators[ii]!.id;
    for (const m of members) if (!this.hidden[m]![ii]) add(sum, this.system.published(this.system.communes[m]!.area, ind)!);
    return sum;
  }

  run(insiders: boolean): AuditResult {
    const failures: Failure[] = [];
    const contexts = new Map<string, Context>();
    const context = (component: number, fixed: Set<number>, key: string) => {
      const id = `${component}|${key}`;
      let c = contexts.get(id);
      if (!c) contexts.set(id, (c = new Context(this, component, fixed)));
      return c;
    };
    try {
      failures.push(...this.check(this.targets, new Set(), (comp) => context(comp, new Set(), ''), null));
      if (insiders) {
        // A commune officer: their own commune's terms are known; only its component changes.
        for (let m = 0; m < this.n; m++) {
          const comp = this.componentOf[m]!;
          if (comp < 0) continue;
          const fixed = new Set([m]);
          const area = this.system.communes[m]!.area;
          const targets = this.targetsOf(comp).filter((t) => t.area !== area);
          failures.push(...this.check(targets, fixed, (c) => context(c, c === comp ? fixed : new Set(), c === comp ? area : ''), area));
          for (const [id, c] of contexts) if (id.endsWith(`|${area}`)) c.dispose(), contexts.delete(id);
        }
        // A province officer: every commune of the province; only components reaching outside it matter.
        const provinces = new Map<string, number[]>();
        this.system.communes.forEach((c, m) => {
          const p = c.aggregates.find((a) => a.startsWith('province:') && !a.includes('|'));
          if (p) pushTo(provinces, p, m);
        });
        for (const [province, members] of provinces) {
          const fixed = new Set(members);
          const code = province.slice('province:'.length);
          const touched = new Set(members.map((m) => this.componentOf[m]!).filter((c) => c >= 0));
          const crossing = [...touched].filter((c) => this.components[c]!.communes.some((m) => !fixed.has(m)));
          if (!crossing.length) continue;
          const sees = (t: Target) =>
            t.members.every((m) => fixed.has(m)) ||
            t.area.startsWith(`province:${code}`) ||
            (t.area.startsWith('commune:') && fixed.has(t.members[0]!));
          const targets = [...new Set(crossing.flatMap((c) => this.targetsOf(c)))].filter((t) => !sees(t));
          failures.push(
            ...this.check(targets, fixed, (c) => context(c, touched.has(c) ? fixed : new Set(), touched.has(c) ? province : ''), province),
          );
          for (const [id, c] of contexts) if (id.endsWith(`|${province}`)) c.dispose(), contexts.delete(id);
        }
      }
    } finally {
      for (const c of contexts.values()) c.dispose();
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

  /** Judges every term of every target, from witnesses first and LPs where they do not settle it. */
  /** Per outsider target: the communes its group-only witnesses move, when they alone settle every term. */
  private readonly settledBy = new Map<Target, Set<number>>();

  private check(targets: Target[], fixed: Set<number>, contextOf: (component: number) => Context, insider: string | null): Failure[] {
    const failures: Failure[] = [];
    const ind = this.system.indicators;
    for (const t of targets) {
      const members = t.members.filter((m) => !fixed.has(m));
      const known = t.members.filter((m) => fixed.has(m));
      const byComponent = new Map<number, number[]>();
      for (const m of members) pushTo(byComponent, this.componentOf[m]!, m);
      const truth = this.system.truth(t.area, ind[t.indicator]!.id);
      // A respondent who fixes none of the communes these witnesses move is answered by the same witnesses.
      const settled = this.settledBy.get(t);
      if (insider !== null && settled && ![...fixed].some((m) => settled.has(m))) continue;
      let groupsSettle = insider === null;
      for (const term of termsOf(ind[t.indicator]!)) {
        if (termValue(truth, term) < 1) continue;
        this.checked++;
        const money = isMoney(ind[t.indicator]!, term);
        // A respondent's own figures are theirs to know: what is judged is the rest of the aggregate.
        const own = known.reduce((s, m) => s + termValue(this.truth[m]![t.indicator]!, term), 0);
        if (own > 0 && !members.length) continue;
        const value = termValue(truth, term) - own;
        const base = termValue(t.constant, term);
        const bound = (dir: 1 | -1, exact: boolean, groupsOnly = false) => {
          let sum = base;
          for (const [comp, ms] of byComponent) sum += contextOf(comp).bound(ms, t.indicator, term, dir, exact, groupsOnly);
          return sum;
        };
        if (value < 1) continue;
        if (groupsSettle && judge(value, bound(-1, false, true), bound(1, false, true), money, this.protection) !== null)
          groupsSettle = false;
        let lo = bound(-1, false);
        let hi = bound(1, false);
        if (judge(value, lo, hi, money, this.protection) !== null) {
          // Witnesses do not settle it: the LPs give the attacker's exact interval.
          lo = bound(-1, true);
          hi = bound(1, true);
        }
        const rule = judge(value, lo, hi, money, this.protection);
        if (!money && value < this.protection.k) {
          const low = Math.max(0, value - this.protection.p) - Math.ceil(lo - EPS);
          const high = (hi === Infinity ? 1e9 : Math.floor(hi + EPS)) - (value + this.protection.p);
          this.worstLow = this.worstLow === null ? low : Math.min(this.worstLow, low);
          this.worstHigh = this.worstHigh === null ? high : Math.min(this.worstHigh, high);
        }
        if (rule) failures.push({ area: t.area, indicator: ind[t.indicator]!.id, term, value, lo, hi, rule, insider });
      }
      if (groupsSettle) {
        const moved = new Set<number>();
        for (const [comp, ms] of byComponent) for (const m of contextOf(comp).movers(ms)) moved.add(m);
        this.settledBy.set(t, moved);
      }
    }
    return failures;
  }

  /** Package-internal accessors for Context. */
  get parts() {
    return {
      system: this.system,
      hidden: this.hidden,
      truth: this.truth,
      components: this.components,
      relations: this.relations,
      highs: this.highs,
    };
  }
  countLp() {
    this.lps++;
  }
}

/** One component as seen by one attacker (some communes' terms fixed): witnesses and a persistent LP model. */
class Context {
  private readonly columns = new Map<string, number>(); // `${commune}|${indicator}|n|d` -> column
  private readonly points: Float64Array[] = [];
  private readonly groups: number[][] = []; // communes movable onto each other (same rows, every term hidden)
  private readonly free = new Set<number>(); // communes in no row: scalable to 0 and without bound
  private model: ReturnType<Highs['createModel']> | null = null;
  private readonly memo = new Map<string, number>();
  private readonly numCols: number;
  private readonly comp: Component;

  private readonly auditor: Auditor;
  private readonly fixed: Set<number>;

  constructor(auditor: Auditor, component: number, fixed: Set<number>) {
    this.auditor = auditor;
    this.fixed = fixed;
    const { components, hidden, truth } = auditor.parts;
    const comp = components[component]!;
    this.comp = comp;
    let col = 0;
    for (const m of comp.communes) {
      hidden[m]!.forEach((h, ii) => {
        if (!h) return;
        this.columns.set(`${m}|${ii}|n`, col++);
        this.columns.set(`${m}|${ii}|d`, col++);
      });
    }
    this.numCols = col;
    // The true figures are a feasible point.
    const point = new Float64Array(col);
    for (const [key, c] of this.columns) {
      const [m, ii, t] = key.split('|');
      const v = truth[Number(m)]![Number(ii)]!;
      point[c] = t === 'n' ? v.numerator : v.denominator;
    }
    this.points.push(point);
    // Witness groups: fully hidden, not fixed, identical rows.
    const rowsOf = new Map<number, number[]>();
    comp.rows.forEach((r, ri) => r.members.forEach((m) => pushTo(rowsOf, m, ri)));
    const bySignature = new Map<string, number[]>();
    for (const m of comp.communes) {
      if (fixed.has(m) || !hidden[m]!.every(Boolean)) continue;
      const sig = (rowsOf.get(m) ?? []).join(',');
      if (sig === '') this.free.add(m);
      else pushTo(bySignature, sig, m);
    }
    for (const g of bySignature.values()) if (g.length > 1) this.groups.push(g);
  }

  /** Inner (witnessed) or exact (LP) bound of the sum of a term over some of this component's communes. */
  bound(members: number[], ii: number, term: Term, dir: 1 | -1, exact: boolean, groupsOnly = false): number {
    const key = `${members.join(',')}|${ii}|${term}|${dir}|${groupsOnly}`;
    const memo = this.memo.get(key);
    if (memo !== undefined) return memo;
    if (exact) {
      const value = this.solve(this.objective(members, ii, term), dir);
      this.memo.set(key, value);
      return value;
    }
    const { truth } = this.auditor.parts;
    const mass = (m: number) => termValue(truth[m]![ii]!, term);
    let best = dir === 1 ? -Infinity : Infinity;
    // Solutions of earlier LPs (the first point is the truth, counted below).
    const coef = !groupsOnly && this.points.length > 1 ? this.objective(members, ii, term) : [];
    for (const p of groupsOnly ? [] : this.points.slice(1)) {
      let v = 0;
      for (const [c, w] of coef) v += w * p[c]!;
      best = dir === 1 ? Math.max(best, v) : Math.min(best, v);
    }
    // Moving every term of a commune onto another with the same rows keeps every row and relation.
    const inside = new Set(members);
    let shift = 0;
    for (const g of this.groups) {
      const ins = g.filter((m) => inside.has(m));
      const outs = g.filter((m) => !inside.has(m));
      if (!ins.length || !outs.length) continue;
      shift += dir === 1 ? outs.reduce((s, m) => s + mass(m), 0) : -ins.reduce((s, m) => s + mass(m), 0);
    }
    const truthSum = members.reduce((s, m) => s + mass(m), 0);
    // A commune in no row can be scaled to 0 or without bound (every relation is homogeneous).
    let moved = truthSum + shift;
    for (const m of members) {
      if (!this.free.has(m)) continue;
      if (dir === 1) moved = Infinity;
      else moved -= mass(m);
    }
    const result = dir === 1 ? Math.max(best, moved) : Math.min(best, moved);
    if (groupsOnly) this.memo.set(key, result);
    return result;
  }

  /** The groups (and free communes) whose moves a witness for these communes uses. */
  movers(members: number[]): Set<number> {
    const out = new Set<number>();
    const inside = new Set(members);
    for (const g of this.groups) if (g.some((m) => inside.has(m))) for (const m of g) out.add(m);
    for (const m of members) if (this.free.has(m)) out.add(m);
    return out;
  }

  private objective(members: number[], ii: number, term: Term): [number, number][] {
    const coef: [number, number][] = [];
    for (const m of members) {
      const n = this.columns.get(`${m}|${ii}|n`)!;
      const d = this.columns.get(`${m}|${ii}|d`)!;
      if (term === 'numerator') coef.push([n, 1]);
      else if (term === 'denominator') coef.push([d, 1]);
      else coef.push([d, 1], [n, -1]);
    }
    return coef;
  }

  private solve(coef: [number, number][], dir: 1 | -1): number {
    const { highs } = this.auditor.parts;
    const model = (this.model ??= this.build());
    const cost = new Float64Array(this.numCols);
    for (const [c, w] of coef) cost[c] = (cost[c] ?? 0) + w;
    model.changeColsCost({ kind: 'range', from: 0, to: this.numCols - 1 }, cost);
    model.changeObjectiveSense(dir === 1 ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize);
    model.run();
    this.auditor.countLp();
    const status = model.getModelStatus();
    if (status === highs.constants.modelStatus.unbounded || status === highs.constants.modelStatus.unboundedOrInfeasible) {
      if (dir === 1) return Infinity;
    }
    if (status !== highs.constants.modelStatus.optimal) throw new Error(`disclosure audit: LP ended with status ${status}`);
    this.points.push(Float64Array.from(model.getSolution().colValue));
    return model.getObjectiveValue();
  }

  private build() {
    const { highs, hidden, truth, system, relations } = this.auditor.parts;
    const lower = new Float64Array(this.numCols);
    const upper = new Float64Array(this.numCols).fill(highs.infinity);
    for (const m of this.fixed) {
      hidden[m]!.forEach((h, ii) => {
        if (!h) return;
        const n = this.columns.get(`${m}|${ii}|n`);
        const d = this.columns.get(`${m}|${ii}|d`);
        if (n === undefined || d === undefined) return;
        lower[n] = upper[n] = truth[m]![ii]!.numerator;
        lower[d] = upper[d] = truth[m]![ii]!.denominator;
      });
    }
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
    for (const r of this.comp.rows) {
      for (const t of ['n', 'd'] as const) {
        const rhs = t === 'n' ? r.published.numerator : r.published.denominator;
        push(
          r.members.map((m) => [this.columns.get(`${m}|${r.indicator}|${t}`)!, 1] as [number, number]),
          rhs,
          rhs,
        );
      }
    }
    // A term is a column where hidden, a constant (the published figure) where visible.
    const termOf = (m: number, ii: number, t: 'n' | 'd'): { col?: number; value: number } => {
      const col = this.columns.get(`${m}|${ii}|${t}`);
      if (col !== undefined) return { col, value: 0 };
      const p = system.published(system.communes[m]!.area, system.indicators[ii]!.id)!;
      return { value: t === 'n' ? p.numerator : p.denominator };
    };
    // a·x + constant ≤ 0 as a row (skipped when every term is a constant).
    const atMostZero = (terms: [{ col?: number; value: number }, number][]) => {
      const entries: [number, number][] = [];
      let constant = 0;
      for (const [t, w] of terms) t.col === undefined ? (constant += w * t.value) : entries.push([t.col, w]);
      push(entries, -highs.infinity, -constant);
    };
    for (const m of this.comp.communes) {
      system.indicators.forEach((ind, ii) => {
        if (ind.unit === 'PERCENT' && hidden[m]![ii])
          atMostZero([
            [termOf(m, ii, 'n'), 1],
            [termOf(m, ii, 'd'), -1],
          ]);
      });
      for (const { total, parts } of relations) {
        if (![total, ...parts].some((ii) => hidden[m]![ii])) continue;
        for (const p of parts)
          atMostZero([
            [termOf(m, p, 'd'), 1],
            [termOf(m, total, 'd'), -1],
          ]);
        atMostZero([[termOf(m, total, 'd'), 1], ...parts.map((p) => [termOf(m, p, 'd'), -1] as [{ col?: number; value: number }, number])]);
      }
    }
    const numRows = rowLower.length;
    const model = highs.createModel({
      numCols: this.numCols,
      numRows,
      colCost: new Float64Array(this.numCols),
      colLower: lower,
      colUpper: upper,
      rowLower,
      rowUpper,
      matrix: { format: 'csr', numRows, numCols: this.numCols, starts, indices, values },
    });
    // Small models solved many times: presolve costs more than it saves here.
    model.options.set({ output_flag: false, presolve: 'off' });
    return model;
  }

  dispose() {
    this.model?.dispose();
    this.model = null;
  }
}
