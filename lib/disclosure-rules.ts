import highsPackage from 'highs';

/**
 * The rules every disclosure audit judges by, and the LP solver it uses, shared by the coverage
 * indicators' audit (subgraphs/coverage/disclosure-audit.ts) and the fund's children counts
 * (subgraphs/labour/fund-disclosure.ts), so both protect small counts alike.
 */

export interface Protection {
  k: number;
  /** Protection level P: a small count's interval must reach v−P (or 0) and v+P. */
  p: number;
}

/** Why a hidden value is not safe: recovered exactly, pinned inside 1..k−1, or too close to its value. */
export type DisclosureRule = 'EXACT' | 'PINNED' | 'INSIDE_PROTECTION';

/** Slack for the LPs' floating-point bounds before they are rounded to whole children. */
export const EPS = 1e-6;

// The package's types are CommonJS-shaped while Node loads its ES module build: accept both shapes.
type Loader = typeof highsPackage.default;
const loadHighs: Loader = (highsPackage as unknown as { default?: Loader }).default ?? (highsPackage as unknown as Loader);
export type Highs = Awaited<ReturnType<Loader>>;
let highs: Promise<Highs> | undefined;
/** The HiGHS WebAssembly runtime, loaded once per process. */
export const loadSolver = () => (highs ??= loadHighs());

/**
 * The verdict on one term's attacker interval [lo, hi], or null when it passes: a value ≥ 1 is
 * never recovered exactly; a count below k (money excepted) is never pinned into 1..k−1 and its
 * interval reaches max(0, v−P) below and v+P above.
 */
export function judge(value: number, lo: number, hi: number, money: boolean, { k, p }: Protection): DisclosureRule | null {
  if (value < 1) return null;
  const low = Math.ceil(lo - EPS);
  const high = hi === Infinity ? Infinity : Math.floor(hi + EPS);
  if (high - low < 1) return 'EXACT';
  if (money || value >= k) return null;
  if (low >= 1 && high <= k - 1) return 'PINNED';
  if (low > Math.max(0, value - p) || high < value + p) return 'INSIDE_PROTECTION';
  return null;
}
