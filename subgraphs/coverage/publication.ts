import type { Viewer } from '../../lib/auth/viewer.ts';
import { areaOf } from '../../lib/directory/areas.ts';
import type { IndicatorValue } from './evaluate.ts';
import type { Indicator } from './registry.ts';
import type { AuditResult } from './disclosure-audit.ts';
import { aggregatesOf, CLASSES, suppressedAreas, type CommuneCell } from './suppression.ts';

/**
 * What one viewer may see of the sensitive indicators in one year: the suppression pattern,
 * and whether an area is inside the viewer's own area (ADMIN everywhere; an OFFICER in the
 * provinces and communes of the token's area), where nothing is suppressed.
 */
export interface Publication {
  /** Area keys as in suppression.ts; `adhoc` for code-list groups. */
  isHidden(indicatorId: string, area: AreaRef): boolean;
  /** Commune keys (code|validFrom) hidden for an indicator, for SQL filters and sorts. */
  hiddenCommunes(indicatorId: string): string[];
}

export type AreaRef =
  | { kind: 'commune'; key: string; provinceCode: string }
  | { kind: 'district' | 'province'; code: string; provinceCode: string | null; classification?: string | null }
  | { kind: 'nation'; classification?: string | null }
  | { kind: 'adhoc'; codes: string[]; provinceCode: string | null };

/**
 * Whether an area lies wholly inside the viewer's dated area (lib/directory/areas.ts). A commune
 * is known by its version; a district, province or ad-hoc group here only by its code, so it
 * counts as inside only when every version of that code does.
 */
export function insideViewerArea(viewer: Viewer, area: AreaRef): boolean {
  if (viewer.role === 'ADMIN') return true;
  if (viewer.role !== 'OFFICER') return false;
  const mine = areaOf(viewer.area);
  switch (area.kind) {
    case 'commune': {
      const [code, validFrom] = area.key.split('|') as [string, string];
      return mine.holds('commune', code, validFrom);
    }
    case 'adhoc':
      return (
        (area.provinceCode !== null && mine.holdsEveryVersionOf('province', area.provinceCode)) ||
        (area.codes.length > 0 && area.codes.every((c) => mine.holdsEveryVersionOf('commune', c)))
      );
    case 'nation':
      return false;
    default:
      return mine.holdsEveryVersionOf(area.kind, area.code);
  }
}

export function areaKey(area: AreaRef): string | null {
  const suffix = 'classification' in area && area.classification ? `|${area.classification}` : '';
  switch (area.kind) {
    case 'commune':
      return `commune:${area.key}`;
    case 'district':
    case 'province':
      return `${area.kind}:${area.code}${suffix}`;
    case 'nation':
      return `nation${suffix}`;
    default:
      return null;
  }
}

/** The suppression pattern of a year: the same for every viewer, so it is computed when the read model is refreshed and stored. */
export interface Patterns {
  hidden: Map<string, Set<string>>;
  provinceOf: Map<string, string>;
}

/** What the audit of a year's pattern found, stored beside it (ADMIN reads it as `suppressionAudit`). */
export interface AuditSummary {
  communes: number;
  /** Published cells (areas × sensitive indicators) and how many are hidden, by the primary rule and in all. */
  cells: number;
  primaryHidden: number;
  hidden: number;
  rounds: number;
  lps: number;
  checked: number;
  components: number;
  largestComponent: number;
  worstLowMargin: number | null;
  worstHighMargin: number | null;
  failures: number;
  seconds: number;
}

/** The stored form of a year's pattern: hidden area keys (linked: the same for every sensitive indicator). */
export interface StoredPattern {
  computedAt: string;
  hidden: string[];
  provinceOf: Record<string, string>;
  audit: AuditSummary;
}

const FLAG = {
  MOUNTAINOUS: 'mountainous',
  ETHNIC_MINORITY_AREA: 'ethnic_minority_area',
  EXTREMELY_DIFFICULT: 'extremely_difficult',
} as const;

/** Read-model rows (listSensitiveCells) as the cells suppression works on. */
export function cellsOf(sensitive: Indicator[], rows: Record<string, unknown>[]): CommuneCell[] {
  return rows.map((r) => ({
    key: `${r.code}|${r.valid_from}`,
    provinceCode: String(r.province_code),
    districtCode: (r.district_code as string | null) ?? null,
    classes: CLASSES.filter((c) => r[FLAG[c]]),
    terms: Object.fromEntries(sensitive.map((i) => [i.id, { numerator: Number(r[`${i.id}:num`]), denominator: Number(r[`${i.id}:den`]) }])),
  }));
}

export async function computePattern(
  indicators: Indicator[],
  rows: Record<string, unknown>[],
  protection: { k: number; p: number },
): Promise<StoredPattern> {
  const started = performance.now();
  const sensitive = indicators.filter((i) => i.sensitive);
  const cells = cellsOf(sensitive, rows);
  const result = await suppressedAreas(sensitive, cells, protection);
  const areas = cells.length + new Set(cells.flatMap((c) => aggregatesOf(c))).size;
  return {
    computedAt: new Date().toISOString(),
    hidden: [...result.hidden].sort(),
    provinceOf: Object.fromEntries(cells.map((c) => [c.key, c.provinceCode])),
    audit: summary(result.audit, {
      communes: cells.length,
      cells: areas * sensitive.length,
      primaryHidden: result.primary * sensitive.length,
      hidden: result.hidden.size * sensitive.length,
      rounds: result.rounds,
      seconds: (performance.now() - started) / 1000,
    }),
  };
}

function summary(
  a: AuditResult,
  rest: Pick<AuditSummary, 'communes' | 'cells' | 'primaryHidden' | 'hidden' | 'rounds' | 'seconds'>,
): AuditSummary {
  return {
    ...rest,
    lps: a.lps,
    checked: a.checked,
    components: a.components,
    largestComponent: a.largestComponent,
    worstLowMargin: a.worstLowMargin,
    worstHighMargin: a.worstHighMargin,
    failures: a.failures.length,
  };
}

/** Sensitive indicators published outside the area by the year's audited pattern (the rest never are). */
export const auditedForPublication = (i: Indicator) => i.sensitive && (i.publication ?? 'SUPPRESSION_PATTERN') === 'SUPPRESSION_PATTERN';

/** Every area key of the year (each commune and every aggregate it belongs to): hidden outside the area for INSIDE_AREA_ONLY indicators. */
const EVERY_AREA: Set<string> = new Set();

export function patternsOf(indicators: Indicator[], stored: StoredPattern): Patterns {
  const hidden = new Set(stored.hidden);
  return {
    hidden: new Map(indicators.filter((i) => i.sensitive).map((i) => [i.id, auditedForPublication(i) ? hidden : EVERY_AREA])),
    provinceOf: new Map(Object.entries(stored.provinceOf)),
  };
}

/** One viewer's view of a year's pattern: nothing is hidden inside the viewer's own area. */
export function publicationFor(viewer: Viewer, patterns: Patterns): Publication {
  return {
    isHidden(indicatorId, area) {
      const pattern = patterns.hidden.get(indicatorId);
      if (!pattern || insideViewerArea(viewer, area)) return false;
      if (pattern === EVERY_AREA) return true;
      // Ad-hoc groups of communes could be differenced against each other, and a classification's
      // total differs from its area's by a handful of communes: never published outside the area.
      if ('classification' in area && area.classification) return true;
      const key = areaKey(area);
      return key === null || pattern.has(key);
    },
    hiddenCommunes(indicatorId) {
      const pattern = patterns.hidden.get(indicatorId);
      if (!pattern) return [];
      return [...(pattern === EVERY_AREA ? [...patterns.provinceOf.keys()].map((key) => `commune:${key}`) : pattern)]
        .filter((a) => a.startsWith('commune:'))
        .map((a) => a.slice('commune:'.length))
        .filter((key) => !insideViewerArea(viewer, { kind: 'commune', key, provinceCode: patterns.provinceOf.get(key) ?? '' }));
    },
  };
}

export const SUPPRESSION_REASON =
  'Fewer than k children (or a total that would reveal such a count by subtraction): hidden to protect the children behind it.';

/** Replaces a sensitive value the viewer may not see by SUPPRESSED, keeping what is not a count. */
export function suppress(value: IndicatorValue): IndicatorValue {
  return {
    ...value,
    value: null,
    numerator: null,
    numeratorAmount: null,
    denominator: null,
    gap: null,
    status: 'SUPPRESSED',
    suppressionReason: SUPPRESSION_REASON,
  };
}
