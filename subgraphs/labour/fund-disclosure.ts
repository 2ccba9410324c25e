import { areaOf } from '../../lib/directory/areas.ts';
import { getDirectory, inForceOn } from '../../lib/directory/lineage.ts';
import { DIRECTORY_START } from '../../lib/periods.ts';
import { SMALL_COUNT_K, SMALL_COUNT_PROTECTION, smallCountShown } from '../../lib/sensitivity.ts';
import { judge, loadSolver, type Protection } from '../../lib/disclosure-rules.ts';
import type { CountCellRow } from './db/fund-reads.ts';
import { HINH_THUC, type HinhThuc } from './db/tables.ts';

/**
 * Which of the fund's counts of children reached an outsider may see, checked by the attacker's
 * own LP audit (the coverage indicators' method: subgraphs/coverage/disclosure-audit.ts, whose
 * `judge` and solver this reuses) and extended until that audit finds nothing.
 *
 * Outside the area, counts are published only for the nation and for each province as filed
 * (disbursements filed under its code), per year: the distinct children over all forms, and per
 * form the distinct children and the support events. Commune counts, and counts on the geography
 * of a date, are withheld there (Fund.ts): they are what differencing against these would isolate.
 *
 * The attacker knows every published cell, that counts are ≥ 0, and the relations that hold:
 *  - events add up: the nation's events of a form are the sum of the provinces';
 *  - distinct children add up across provinces, and the forms add up to the all-forms count,
 *    where that holds in truth (no child paid in two provinces, or in two forms, that year): the
 *    attacker is assumed to know it; where it does not, only max(parts) ≤ whole ≤ sum(parts);
 *  - in each scope, a form's children ≤ its events, and ≤ the all-forms count.
 * Attackers: an outsider; an officer of a province (or of a merged province holding several
 * codes), who knows those provinces' cells; an officer of a commune, who knows that commune's
 * cells, so lower bounds on its province's. Cells are hidden per (scope, year, form): a form's
 * children and events together. Rules are judge()'s with k and P of indicators.json.
 */
export type FormKey = HinhThuc | 'ALL';
export const FORM_KEYS: readonly FormKey[] = ['ALL', ...HINH_THUC];
export const NATION = 'nation';
export type Measure = 'children' | 'events';
export interface Counts {
  children: number;
  events: number;
}
const ZERO: Counts = { children: 0, events: 0 };
/** The all-forms cell publishes only its distinct children (there is no all-forms event count). */
const measuresOf = (key: FormKey): Measure[] => (key === 'ALL' ? ['children'] : ['children', 'events']);
export const cellKey = (scope: string, key: FormKey) => `${scope}|${key}`;

/** One year's cells: per scope (`nation` or a province code) and form key; absent is zero. */
export interface FundYear {
  year: number;
  scopes: Map<string, Map<FormKey, Counts>>;
  /** Each commune code's cells, for the commune officer's knowledge. */
  communes: { province: string; code: string; counts: Map<FormKey, Counts> }[];
}

export function fundYears(rows: CountCellRow[], fromYear: number, toYear: number): FundYear[] {
  const years: FundYear[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const scopes = new Map<string, Map<FormKey, Counts>>([[NATION, new Map()]]);
    const communes = new Map<string, FundYear['communes'][number]>();
    for (const r of rows) {
      if (Number(r.year) !== year) continue;
      const key: FormKey = r.hinh_thuc ?? 'ALL';
      const counts = { children: Number(r.children), events: Number(r.events) };
      if (r.ma_xa !== null) {
        const id = `${r.ma_tinh}|${r.ma_xa}`;
        const c = communes.get(id) ?? { province: r.ma_tinh!, code: r.ma_xa, counts: new Map() };
        c.counts.set(key, counts);
        communes.set(id, c);
        continue;
      }
      const scope = r.ma_tinh ?? NATION;
      const cells = scopes.get(scope) ?? new Map();
      cells.set(key, counts);
      scopes.set(scope, cells);
    }
    years.push({ year, scopes, communes: [...communes.values()] });
  }
  return years;
}

const countOf = (y: FundYear, scope: string, key: FormKey, m: Measure) => (y.scopes.get(scope)?.get(key) ?? ZERO)[m];
const provincesOf = (y: FundYear) => [...y.scopes.keys()].filter((s) => s !== NATION).sort();

export interface FundFailure {
  scope: string;
  form: FormKey;
  measure: Measure;
  /** The value judged: the cell's, less what the attacker knows of it. */
  value: number;
  lo: number;
  hi: number;
  rule: 'EXACT' | 'PINNED' | 'INSIDE_PROTECTION';
  /** null: an outsider; else `province:31,30` or `commune:01234`. */
  attacker: string | null;
}

interface Row {
  entries: [number, number][];
  lo: number;
  hi: number;
}

/** The attacker's constraints for one year and hidden set: columns are the hidden cells' measures. */
function attackerSystem(y: FundYear, hidden: ReadonlySet<string>) {
  const columns: { scope: string; key: FormKey; measure: Measure }[] = [];
  const columnOf = new Map<string, number>();
  const scopes = [NATION, ...provincesOf(y)];
  for (const scope of scopes)
    for (const key of FORM_KEYS)
      if (hidden.has(cellKey(scope, key)))
        for (const measure of measuresOf(key)) {
          columnOf.set(`${scope}|${key}|${measure}`, columns.length);
          columns.push({ scope, key, measure });
        }
  const rows: Row[] = [];
  // Σ w·term (= or ≤) 0, with published terms moved to the right-hand side.
  const relation = (terms: [string, FormKey, Measure, number][], equal: boolean) => {
    const merged = new Map<number, number>();
    let constant = 0;
    for (const [scope, key, m, w] of terms) {
      const col = columnOf.get(`${scope}|${key}|${m}`);
      if (col === undefined) constant += w * countOf(y, scope, key, m);
      else merged.set(col, (merged.get(col) ?? 0) + w);
    }
    const entries = [...merged].filter(([, w]) => w !== 0);
    if (entries.length) rows.push({ entries, lo: equal ? -constant : -Infinity, hi: -constant });
  };
  const provinces = provincesOf(y);
  for (const key of FORM_KEYS)
    for (const m of measuresOf(key)) {
      const sum = provinces.reduce((s, p) => s + countOf(y, p, key, m), 0);
      const whole: [string, FormKey, Measure, number] = [NATION, key, m, 1];
      const parts = provinces.map((p): [string, FormKey, Measure, number] => [p, key, m, -1]);
      relation([whole, ...parts], m === 'events' || countOf(y, NATION, key, m) === sum);
      if (m === 'children' && countOf(y, NATION, key, m) !== sum)
        for (const p of provinces)
          relation(
            [
              [p, key, m, 1],
              [NATION, key, m, -1],
            ],
            false,
          );
    }
  for (const scope of scopes) {
    const formSum = HINH_THUC.reduce((s, f) => s + countOf(y, scope, f, 'children'), 0);
    relation(
      [[scope, 'ALL', 'children', 1], ...HINH_THUC.map((f): [string, FormKey, Measure, number] => [scope, f, 'children', -1])],
      countOf(y, scope, 'ALL', 'children') === formSum,
    );
    for (const f of HINH_THUC) {
      relation(
        [
          [scope, f, 'children', 1],
          [scope, f, 'events', -1],
        ],
        false,
      );
      relation(
        [
          [scope, f, 'children', 1],
          [scope, 'ALL', 'children', -1],
        ],
        false,
      );
    }
  }
  return { columns, rows };
}

/** Officers of a province, or of a merged province holding several codes: every directory province's codes among `codes`. */
function provinceOfficers(codes: string[]): string[][] {
  const groups = new Map<string, string[]>(codes.map((c) => [c, [c]]));
  for (const v of getDirectory().byId.values()) {
    if (v.level !== 'province') continue;
    const date = [v.validFrom, DIRECTORY_START].sort()[1]!; // the later day: areas are named from DIRECTORY_START
    if (!inForceOn(v, date)) continue;
    const area = areaOf([`${v.code}@${date}`]);
    const held = codes.filter((c) => area.holdsEveryVersionOf('province', c));
    if (held.length > 1) groups.set(held.join(','), held);
  }
  return [...groups.values()];
}

export interface FundAudit {
  failures: FundFailure[];
  lps: number;
  /** (cell measure, attacker) verdicts with a value ≥ 1 */
  checked: number;
}

/** The attacker's audit of one year's published counts when `hidden` cells are null. */
export async function auditFundYear(
  y: FundYear,
  hidden: ReadonlySet<string>,
  protection: Protection = PROTECTION,
  options: { communeOfficers?: boolean } = {},
): Promise<FundAudit> {
  const highs = await loadSolver();
  const { columns, rows } = attackerSystem(y, hidden);
  const result: FundAudit = { failures: [], lps: 0, checked: 0 };
  if (!columns.length) return result;
  const truth = columns.map((c) => countOf(y, c.scope, c.key, c.measure));
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const r of rows) {
    for (const [c, w] of [...r.entries].sort((a, b) => a[0] - b[0])) {
      indices.push(c);
      values.push(w);
    }
    starts.push(indices.length);
  }
  const inf = (v: number) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v);
  // One model for every attacker: only the column bounds change between them.
  const model = highs.createModel({
    numCols: columns.length,
    numRows: rows.length,
    colCost: new Float64Array(columns.length),
    colLower: new Float64Array(columns.length),
    colUpper: new Float64Array(columns.length).fill(highs.infinity),
    rowLower: Float64Array.from(rows.map((r) => inf(r.lo))),
    rowUpper: Float64Array.from(rows.map((r) => inf(r.hi))),
    matrix: { format: 'csr', numRows: rows.length, numCols: columns.length, starts, indices, values },
  });
  model.options.set({ output_flag: false });
  // Feasible points known without solving (the truth, every optimum found): an interval they span is inside the
  // attacker's, and judge() only gets easier as an interval widens, so a pass on it stands; an LP settles the rest.
  const points: Float64Array[] = [Float64Array.from(truth)];
  const bound = (col: number, sense: 'minimize' | 'maximize') => {
    const cost = new Float64Array(columns.length);
    cost[col] = 1;
    model.changeColsCost({ kind: 'range', from: 0, to: columns.length - 1 }, cost);
    model.changeObjectiveSense(highs.constants.objectiveSense[sense]);
    model.run();
    result.lps++;
    const status = model.getModelStatus();
    const { unbounded, unboundedOrInfeasible, optimal } = highs.constants.modelStatus;
    if (sense === 'maximize' && (status === unbounded || status === unboundedOrInfeasible)) return Infinity;
    if (status !== optimal) throw new Error(`fund disclosure audit: LP ended with status ${status}`);
    points.push(Float64Array.from(model.getSolution().colValue));
    return model.getObjectiveValue();
  };
  const judgeAll = (attacker: string | null, lower: number[], upper: number[], targets: number[], own: (col: number) => number) => {
    const inBounds = (pt: Float64Array) => lower.every((lo, c) => pt[c]! >= lo - 1e-6 && pt[c]! <= upper[c]! + 1e-6);
    const witnesses = points.filter(inBounds);
    let bounded = false;
    for (const col of targets) {
      const known = own(col);
      const value = truth[col]! - known;
      if (value < 1) continue;
      result.checked++;
      const seen = witnesses.map((pt) => pt[col]!);
      if (judge(value, Math.min(...seen) - known, Math.max(...seen) - known, false, protection) === null) continue;
      if (!bounded) lower.forEach((lo, c) => model.changeColBounds(c, lo, inf(upper[c]!)));
      bounded = true;
      const before = points.length;
      const [lo, hi] = [bound(col, 'minimize'), bound(col, 'maximize')];
      witnesses.push(...points.slice(before));
      const rule = judge(value, lo - known, hi - known, false, protection);
      const c = columns[col]!;
      if (rule)
        result.failures.push({ scope: c.scope, form: c.key, measure: c.measure, value, lo: lo - known, hi: hi - known, rule, attacker });
    }
  };
  try {
    const all = columns.map((_, i) => i);
    const zeros = columns.map(() => 0);
    const free = columns.map(() => Infinity);
    judgeAll(null, zeros, free, all, () => 0);

    const provinces = provincesOf(y);
    for (const group of provinceOfficers(provinces)) {
      const held = new Set(group);
      if (!columns.some((c) => held.has(c.scope))) continue; // nothing of theirs is hidden: they read what an outsider reads
      const fixed = columns.map((c) => (held.has(c.scope) ? truth[columns.indexOf(c)]! : null));
      const ownOfNation = (col: number) => group.reduce((s, p) => s + countOf(y, p, columns[col]!.key, columns[col]!.measure), 0);
      judgeAll(
        `province:${group.join(',')}`,
        fixed.map((f) => f ?? 0),
        fixed.map((f) => f ?? Infinity),
        all.filter((col) => !held.has(columns[col]!.scope)),
        (col) => (columns[col]!.scope === NATION ? ownOfNation(col) : 0),
      );
    }
    // A commune officer: lower bounds on their province's cells. Elsewhere the province's officer, who knows more, was judged already.
    const seen = new Set<string>();
    for (const c of options.communeOfficers === false ? [] : y.communes) {
      const theirs = all.filter((col) => columns[col]!.scope === c.province || columns[col]!.scope === NATION);
      if (!theirs.length) continue;
      const know = (col: number) => (c.counts.get(columns[col]!.key) ?? ZERO)[columns[col]!.measure];
      const signature = `${c.province}:${theirs.map(know).join(',')}`;
      if (seen.has(signature)) continue;
      seen.add(signature);
      judgeAll(
        `commune:${c.code}`,
        all.map((col) => (columns[col]!.scope === c.province ? know(col) : 0)),
        free,
        theirs,
        know,
      );
    }
  } finally {
    model.dispose();
  }
  return result;
}

export const PROTECTION: Protection = { k: SMALL_COUNT_K, p: SMALL_COUNT_PROTECTION };

/** Cells whose count is from 1 to k − 1: the primary rule alone, as published before this audit. */
export function primaryCells(y: FundYear, k = SMALL_COUNT_K): Set<string> {
  const hidden = new Set<string>();
  for (const [scope, cells] of y.scopes)
    for (const key of FORM_KEYS) {
      const counts = cells.get(key) ?? ZERO;
      if (measuresOf(key).some((m) => smallCountShown(counts[m], k) === null)) hidden.add(cellKey(scope, key));
    }
  return hidden;
}

export interface FundPattern {
  year: number;
  hidden: Set<string>;
  primary: number;
  rounds: number;
  lps: number;
}

/** The published pattern of one year: primary cells, then complementary ones until the audit finds nothing. */
export async function fundPattern(y: FundYear, protection: Protection = PROTECTION): Promise<FundPattern> {
  const hidden = primaryCells(y, protection.k);
  const primary = hidden.size;
  const provinces = provincesOf(y);
  const scopes = [NATION, ...provinces];
  const size = (scope: string, key: FormKey) => countOf(y, scope, key, 'children') || Infinity; // an empty cell moves nothing
  /** The visible cell holding the fewest children, among those holding any first. */
  const smallest = (cells: [string, FormKey][]) =>
    cells
      .filter(([s, k]) => !hidden.has(cellKey(s, k)))
      .sort((a, b) => Math.sign(size(...a) - size(...b) || 0) || cellKey(...a).localeCompare(cellKey(...b)))[0] ?? null;
  const hide = (cell: [string, FormKey] | null) => !!cell && !hidden.has(cellKey(...cell)) && !!hidden.add(cellKey(...cell));
  const otherProvinces = (key: FormKey): [string, FormKey][] => provinces.map((p) => [p, key]);
  const otherForms = (scope: string): [string, FormKey][] => HINH_THUC.map((f) => [scope, f]);

  // Before any LP, the classic rule on each margin that adds up (events always do across provinces; the forms only when
  // no child had two): a hidden whole has a hidden part, a visible whole none or at least two.
  const formsAddUp = new Set(
    scopes.filter((s) => countOf(y, s, 'ALL', 'children') === HINH_THUC.reduce((n, f) => n + countOf(y, s, f, 'children'), 0)),
  );
  for (let changed = true; changed; ) {
    changed = false;
    const margin = (whole: [string, FormKey], parts: [string, FormKey][]) => {
      const hiddenParts = parts.filter((c) => hidden.has(cellKey(...c))).length;
      const wholeHidden = hidden.has(cellKey(...whole));
      if (wholeHidden ? hiddenParts === 0 : hiddenParts === 1) changed = hide(smallest(parts) ?? (wholeHidden ? null : whole)) || changed;
    };
    for (const key of FORM_KEYS) margin([NATION, key], otherProvinces(key));
    for (const scope of formsAddUp) margin([scope, 'ALL'], otherForms(scope));
  }
  let lps = 0;
  for (let rounds = 1; ; rounds++) {
    // Commune officers, the most numerous attackers, once the others find nothing.
    let result = await auditFundYear(y, hidden, protection, { communeOfficers: false });
    if (!result.failures.length) {
      lps += result.lps;
      result = await auditFundYear(y, hidden, protection);
    }
    lps += result.lps;
    if (!result.failures.length) return { year: y.year, hidden, primary, rounds, lps };
    // One cell per round for the failures of one form or scope: a cell added for one of them often mends the others.
    let added = false;
    const touched = new Set<string>();
    for (const f of result.failures) {
      if (touched.has(`form:${f.form}`) || touched.has(`scope:${f.scope}`)) continue;
      const candidates: ([string, FormKey] | null)[] = [
        smallest(otherProvinces(f.form)),
        [NATION, f.form],
        smallest(otherForms(f.scope)),
        [f.scope, 'ALL'],
      ];
      const cell = candidates.find((c) => !!c && !hidden.has(cellKey(...c)));
      if (!cell) continue;
      hide(cell);
      added = true;
      for (const t of [`form:${f.form}`, `scope:${f.scope}`, `form:${cell[1]}`, `scope:${cell[0]}`]) touched.add(t);
    }
    if (!added) {
      // Nothing near the failures is left to hide: withhold the whole year, which leaves the attacker no bound from above.
      for (const scope of scopes) for (const key of FORM_KEYS) hidden.add(cellKey(scope, key));
      const last = await auditFundYear(y, hidden, protection);
      if (last.failures.length) throw new Error(`fund disclosure: ${y.year} fails even with every cell hidden`);
      return { year: y.year, hidden, primary, rounds: rounds + 1, lps: lps + last.lps };
    }
  }
}

/** What an outsider reads of a cell under `pattern`: the counts, or null where hidden. */
export function publishedCell(y: FundYear, pattern: FundPattern, scope: string, key: FormKey): Counts | null {
  return pattern.hidden.has(cellKey(scope, key)) ? null : (y.scopes.get(scope)?.get(key) ?? ZERO);
}

// The pattern of a year is a pure function of its cells: computed once per distinct set of cells and process.
const patterns = new Map<number, { cells: string; pattern: Promise<FundPattern> }>();
export function memoizedPattern(y: FundYear): Promise<FundPattern> {
  const cells = JSON.stringify(
    [...y.scopes].map(([s, m]) => [s, [...m]]).concat(y.communes.map((c) => [c.code, c.province, [...c.counts]])),
  );
  const known = patterns.get(y.year);
  if (known?.cells === cells) return known.pattern;
  const pattern = fundPattern(y);
  patterns.set(y.year, { cells, pattern });
  pattern.catch(() => patterns.delete(y.year));
  return pattern;
}
