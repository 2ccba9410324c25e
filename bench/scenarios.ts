/**
 * The benchmark's questions, as every gateway receives them: one operation each, with its
 * parameters in variables (so a plan is cached once, whatever the commune or year).
 */
import type { Floor } from './floor.ts';

const VALUES = 'indicator value numerator denominator target gap status completeness';

export interface ScenarioSetup {
  /** Communes with data in the read model, for the portal page (code, and a date it was in force). */
  pageCommunes: { code: string; date: string }[];
}

export interface Scenario {
  id: string;
  title: string;
  description: string;
  query: string;
  /** Variables of run `i` (the portal page walks through many communes). */
  variables(setup: ScenarioSetup, i: number): Record<string, unknown>;
  /** The same answer from SQL, when the scenario has a floor. */
  floor?(floor: Floor, variables: Record<string, unknown>): Promise<unknown>;
  /** Also measured as throughput at this many concurrent connections. */
  connections?: number;
}

const NATIONAL_REPORT = `query NationalReport($date: Date!, $year: Int!) {
  provinces(date: $date) {
    code name
    communes(date: $date, first: 1000) {
      totalCount
      nodes { code validFrom name coverage(year: $year) { ${VALUES} } }
    }
  }
}`;

export const SCENARIOS: Scenario[] = [
  {
    id: 'a',
    title: 'National report',
    description:
      'Every commune in force at the end of 2024 (10,599 on the national dataset), grouped by province, with every indicator of 2024.',
    query: NATIONAL_REPORT,
    variables: () => ({ date: '2024-12-31', year: 2024 }),
    floor: (f, v) => f.nationalReport(v.date as string, v.year as number),
  },
  {
    id: 'b',
    title: 'Province roll-ups',
    description:
      'Every province in force at the end of 2024 (63) with every indicator of 2024 rolled up over its communes (ratio of sums).',
    query: `query ProvinceRollups($date: Date!, $year: Int!) {
  provinces(date: $date) { code name coverage(year: $year) { ${VALUES} } }
}`,
    variables: () => ({ date: '2024-12-31', year: 2024 }),
  },
  {
    id: 'c',
    title: 'Commune page',
    description:
      'A portal page for one commune: its directory entry, every sector’s 2024 figures from the five agency subgraphs, and every indicator year by year 2019–2025; a different commune on each request.',
    query: `query CommunePage($code: String!, $date: Date!, $year: Int!, $schoolYear: String!) {
  commune(code: $code, date: $date) {
    code validFrom fullName kind
    province { name } district { name }
    classifications { kind }
    childPopulation(year: $year) { total preschoolAndPrimaryAge specialCircumstances }
    checkups(year: $year) { examinedPreschoolAndPrimaryAge }
    schoolMeals(schoolYear: $schoolYear) { pupilsServed pupilsEnrolled }
    playAreaSummary(year: $year) { playAreas hasPlayAreaWithWorkingEquipment }
    childSupport(year: $year) { childrenSupported supportEvents totalAmount }
    checkup: coverageSeries(indicator: "CHECKUP_COVERAGE") { year value status }
    meals: coverageSeries(indicator: "MEAL_COVERAGE") { year value status }
    play: coverageSeries(indicator: "PLAY_AREA") { year value status }
    special: coverageSeries(indicator: "SPECIAL_CIRCUMSTANCE_SUPPORT") { year value status }
    poor: coverageSeries(indicator: "POOR_HOUSEHOLD_SUPPORT") { year value status }
    fund: coverageSeries(indicator: "FUND_PER_CHILD_IN_NEED") { year value status }
  }
}`,
    variables: (setup, i) => {
      const c = setup.pageCommunes[i % setup.pageCommunes.length]!;
      return { code: c.code, date: c.date, year: 2024, schoolYear: '2024-2025' };
    },
    connections: 8,
  },
  {
    id: 'd',
    title: 'Sorted cross-sector page',
    description:
      'The 50 communes of the country with the lowest 2024 check-up coverage among those below 90% on both check-ups and school meals, with names and provinces.',
    query: `query WorstCommunes($year: Int!, $first: Int!, $below: Float!) {
  communeCoverage(
    year: $year
    where: [{ indicator: "CHECKUP_COVERAGE", lessThan: $below }, { indicator: "MEAL_COVERAGE", lessThan: $below }]
    orderBy: { indicator: "CHECKUP_COVERAGE" }
    indicators: ["CHECKUP_COVERAGE", "MEAL_COVERAGE"]
    first: $first
  ) {
    totalCount
    nodes { commune { code name province { name } } values { indicator value status } }
  }
}`,
    variables: () => ({ year: 2024, first: 50, below: 90 }),
    floor: (f, v) => f.sortedPage(v.year as number, v.first as number, v.below as number),
  },
  {
    id: 'e',
    title: 'National report after the reform',
    description: 'The national report on the directory of the end of 2025 (34 provinces, 3,321 communes), every indicator of 2025.',
    query: NATIONAL_REPORT,
    variables: () => ({ date: '2025-12-31', year: 2025 }),
    floor: (f, v) => f.nationalReport(v.date as string, v.year as number),
  },
  {
    id: 'f',
    title: "National report on today's geography",
    description:
      "Scenario a's 2024 figures on the geography of 2025-07-01 (geographyDate): every commune of today, each with the history of the places it was formed from. Compare with e for the cost of the new basis.",
    query: `query NationalReportOnBasis($date: Date!, $year: Int!, $basis: Date!) {
  provinces(date: $date) {
    code name
    communes(date: $date, first: 1000) {
      totalCount
      nodes { code validFrom name coverage(year: $year, geographyDate: $basis) { ${VALUES} } }
    }
  }
}`,
    variables: () => ({ date: '2025-12-31', year: 2024, basis: '2025-07-01' }),
  },
  {
    id: 'g',
    title: 'Find a place by name',
    description:
      'placeSearch across every snapshot, as an analyst types: a different name (or start of one) on each request, the 20 best matches with district, province and validity.',
    query: `query FindPlace($name: String!) {
  placeSearch(name: $name) {
    totalCount
    matches { level match code fullName validFrom validUntil district { name } province { name } }
  }
}`,
    variables: (_, i) => ({ name: PLACE_NAMES[i % PLACE_NAMES.length] }),
    connections: 8,
  },
];

/** Real names, folded or not, whole or a start: what people type. */
const PLACE_NAMES = ['thanh linh', 'Minh Khai', 'Ba Đình', 'xa hoa', 'Phường 1', 'nguyen', 'Cao Bằng', 'dong', 'Trúc Bạch', 'tan'];
