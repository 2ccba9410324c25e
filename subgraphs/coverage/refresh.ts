import type { Kysely } from 'kysely';
import { directoryDay, schoolYearForCalendarYear } from '../../lib/periods.ts';
import { withChildFriendly } from './child-friendly-share.ts';
import { refreshedProvinces, replaceCommuneYears, replaceProvinceYear } from './db/repository.ts';
import { refreshPattern } from './patterns.ts';
import type { CoverageDB, NewCommuneYear } from './db/tables.ts';

/**
 * Refreshes the read model from the federated graph itself: for each year and province it
 * pages through the communes in force at the year's end and reads every measure from the
 * subgraphs that own it, through the gateway. The stored figures are therefore exactly the
 * ones the agency fields return. Each province-year is replaced atomically, so a refresh can
 * be as small as one province and one year after new agency rows arrive.
 */
const MEASURES = `
      code validFrom validUntil province { code } district { code validFrom } classifications(date: $date) { kind }
      childPopulation(year: $year) { preschoolAndPrimaryAge byAgeBand { band children } }
      childSupport(year: $year) { specialCircumstanceChildren specialCircumstanceChildrenSupported
        poorOrNearPoorChildren poorOrNearPoorChildrenSupported inNeedChildren violenceOrAbuseVictims violenceOrAbuseVictimsSupported }
      enrolment(schoolYear: $schoolYear) { byLevel { level pupils schools schoolsReported } }
      childHealthInsurance(year: $year) { childrenUnder6 cardsIssued }
      childProtectionFund(year: $year) { amountDisbursed }
      labourReporting(year: $year) { yearly { submitted submittedOn } sixMonth { submittedOn } }
      healthReporting(year: $year) { submittedOn }
      cultureReporting(year: $year) { submittedOn }
      checkups(year: $year) { reported examinedPreschoolAndPrimaryAge }
      schoolMeals(schoolYear: $schoolYear) { preschoolAndPrimary { pupilsServed pupilsEnrolled schools schoolsReported } }
      playAreaSummary(year: $year) { hasPlayAreaWithWorkingEquipment reported }`;

export const PAGE = `query Measures($date: Date!, $province: String!, $after: String, $year: Int!, $schoolYear: String!) {
  communes(date: $date, provinceCode: $province, first: 500, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { ${MEASURES} }
  }
}`;

export interface RefreshOptions {
  gatewayUrl: string;
  years: number[];
  /** Province codes (of any snapshot); those not in force at a year's end are skipped. */
  provinceCodes: string[];
  headers?: Record<string, string>;
  /**
   * When a replaced year's suppression pattern is computed: at refresh (the default: requests only
   * read it), or on the first request that needs it (test harnesses that never read most years).
   */
  patterns?: 'at-refresh' | 'on-first-use';
}

/** The year-end date whose communes own a year's figures (rows before the directory start belong to its first snapshot). */
export const referenceDate = (year: number) => directoryDay(`${year}-12-31`);

export async function refreshCoverage(
  db: Kysely<CoverageDB>,
  options: RefreshOptions,
): Promise<{ provinceYears: number; communeYears: number }> {
  let provinceYears = 0;
  let communeYears = 0;
  for (const year of options.years) {
    let changed = false;
    for (const province of options.provinceCodes) {
      const rows: NewCommuneYear[] = [];
      let after: string | null = null;
      do {
        const page = await fetchPage(options, {
          date: referenceDate(year),
          province,
          after,
          year,
          schoolYear: schoolYearForCalendarYear(year),
        });
        rows.push(...(page.nodes as Node[]).map((n) => toRow(n, year)));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      if (!rows.length) continue;
      await replaceProvinceYear(db, year, province, await withChildFriendly(db, year, rows));
      provinceYears++;
      communeYears += rows.length;
      changed = true;
    }
    // The year's suppression pattern depends on every province: recomputed once the year is replaced.
    if (changed && options.patterns !== 'on-first-use') await refreshPattern(db, year);
  }
  return { provinceYears, communeYears };
}

/** Communes a request reads by code, each an alias of `commune`: under the gateway's alias limit (MAX_ALIASES, 30 by default). */
const COMMUNES_PER_REQUEST = 25;
/** Past this many touched communes, a province-year is read whole: its pages of 500 cost less than requests of 25. */
const WHOLE_PROVINCE_FROM = 100;

/**
 * Refreshes single commune-years, for a change that touched a few communes (an import): each is
 * read by code through the gateway, as the province pages read it, and replaced in place; the
 * province-years' refresh stamps move. A province-year never refreshed as a whole is refreshed
 * whole (a partial one would read as complete). Returns what was read.
 */
export async function refreshCommuneYears(
  db: Kysely<CoverageDB>,
  options: Omit<RefreshOptions, 'years' | 'provinceCodes'>,
  communeYears: readonly { year: number; province: string; code: string; validFrom: string }[],
): Promise<{ provinceYears: number; communeYears: number }> {
  let provinceYears = 0;
  let communes = 0;
  for (const year of [...new Set(communeYears.map((c) => c.year))].sort()) {
    const ofYear = communeYears.filter((c) => c.year === year);
    const provinces = [...new Set(ofYear.map((c) => c.province))];
    const logged = new Set(await refreshedProvinces(db, year, provinces));
    const touched = (p: string) => ofYear.filter((c) => c.province === p).length;
    const whole = new Set(provinces.filter((p) => !logged.has(p) || touched(p) >= WHOLE_PROVINCE_FROM));
    if (whole.size)
      communes += (await refreshCoverage(db, { ...options, years: [year], provinceCodes: [...whole], patterns: 'on-first-use' }))
        .communeYears;
    const wanted = ofYear.filter((c) => !whole.has(c.province));
    const rows: NewCommuneYear[] = [];
    for (let i = 0; i < wanted.length; i += COMMUNES_PER_REQUEST) {
      const chunk = wanted.slice(i, i + COMMUNES_PER_REQUEST);
      const variables: Record<string, unknown> = { date: referenceDate(year), year, schoolYear: schoolYearForCalendarYear(year) };
      chunk.forEach((c, k) => (variables[`c${k}`] = c.code));
      // One fragment for the measures: the operation stays under the gateway's token limit too.
      const query = `query Communes($date: Date!, $year: Int!, $schoolYear: String!, ${chunk.map((_, k) => `$c${k}: String!`).join(', ')}) {
        ${chunk.map((_, k) => `c${k}: commune(code: $c${k}, date: $date) { ...Measures }`).join('\n')}
      }
      fragment Measures on Commune { ${MEASURES} }`;
      const data = await fetchData<Record<string, Node | null>>(options, query, variables);
      // The version read must be the one asked for: another would replace the wrong row.
      for (const [k, c] of chunk.entries()) {
        const node = data[`c${k}`];
        if (node?.validFrom === c.validFrom) rows.push(toRow(node, year));
      }
    }
    // An imported figure can change whether a commune qualifies as child-friendly.
    if (rows.length) await replaceCommuneYears(db, year, await withChildFriendly(db, year, rows));
    provinceYears += provinces.length;
    communes += rows.length;
    if (options.patterns !== 'on-first-use') await refreshPattern(db, year);
  }
  return { provinceYears, communeYears: communes };
}

export interface Node {
  code: string;
  validFrom: string;
  validUntil: string | null;
  province: { code: string };
  district: { code: string; validFrom: string } | null;
  classifications: { kind: string }[];
  childPopulation: { preschoolAndPrimaryAge: number; byAgeBand?: { band: string; children: number }[] } | null;
  childSupport: {
    specialCircumstanceChildren: number | null;
    specialCircumstanceChildrenSupported: number | null;
    poorOrNearPoorChildren: number | null;
    poorOrNearPoorChildrenSupported: number | null;
    inNeedChildren: number | null;
    violenceOrAbuseVictims?: number | null;
    violenceOrAbuseVictimsSupported?: number | null;
  } | null;
  enrolment?: { byLevel: { level: string; pupils: number | null; schools: number; schoolsReported: number }[] } | null;
  childHealthInsurance?: { childrenUnder6: number; cardsIssued: number } | null;
  /** VND as an exact decimal string (lib/scalars.ts) */
  childProtectionFund: { amountDisbursed: string | null } | null;
  labourReporting: { yearly: { submitted: boolean; submittedOn: string | null }; sixMonth: { submittedOn: string | null } } | null;
  healthReporting: { submittedOn: string | null } | null;
  cultureReporting: { submittedOn: string | null } | null;
  checkups: { reported: boolean; examinedPreschoolAndPrimaryAge: number | null } | null;
  schoolMeals: {
    preschoolAndPrimary: { pupilsServed: number | null; pupilsEnrolled: number | null; schools: number; schoolsReported: number };
  } | null;
  playAreaSummary: { hasPlayAreaWithWorkingEquipment: boolean | null; reported: boolean } | null;
}

/** One operation through the gateway; any error refuses the whole answer (a partial answer would store NO_DATA where data exists, so the old rows are kept). */
export async function fetchData<T>(
  options: Pick<RefreshOptions, 'gatewayUrl' | 'headers'>,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(options.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) {
    throw new Error(`coverage refresh: the graph answered with errors: ${body.errors?.map((e) => e.message).join('; ')}`);
  }
  return body.data;
}

export async function fetchPage(options: Pick<RefreshOptions, 'gatewayUrl' | 'headers'>, variables: Record<string, unknown>, query = PAGE) {
  const data = await fetchData<{ communes: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: unknown[] } }>(
    options,
    query,
    variables,
  );
  return data.communes;
}

export function toRow(n: Node, year: number): NewCommuneYear {
  const kinds = new Set(n.classifications.map((c) => c.kind));
  const meals = n.schoolMeals?.preschoolAndPrimary;
  const play = n.playAreaSummary;
  const support = n.childSupport;
  return {
    code: n.code,
    valid_from: n.validFrom,
    valid_until: n.validUntil,
    year,
    province_code: n.province.code,
    district_code: n.district?.code ?? null,
    mountainous: kinds.has('MOUNTAINOUS'),
    ethnic_minority_area: kinds.has('ETHNIC_MINORITY_AREA'),
    extremely_difficult: kinds.has('EXTREMELY_DIFFICULT'),
    checkup_examined: n.checkups?.reported ? n.checkups.examinedPreschoolAndPrimaryAge : null,
    checkup_population: n.childPopulation?.preschoolAndPrimaryAge ?? null,
    checkup_units_expected: n.checkups ? 1 : 0,
    checkup_units_reported: n.checkups?.reported ? 1 : 0,
    meal_served: meals?.pupilsServed ?? null,
    meal_enrolled: meals?.pupilsEnrolled ?? null,
    meal_schools: meals?.schools ?? 0,
    meal_schools_reported: meals?.schoolsReported ?? 0,
    // Culture answers null, not false, for a commune that filed no yearly report: missing stays missing.
    play_equipped: play && play.hasPlayAreaWithWorkingEquipment !== null ? (play.hasPlayAreaWithWorkingEquipment ? 1 : 0) : null,
    play_known: play && play.hasPlayAreaWithWorkingEquipment !== null ? 1 : null,
    play_units_expected: play ? 1 : 0,
    play_units_reported: play?.reported ? 1 : 0,
    special_supported: support?.specialCircumstanceChildrenSupported ?? null,
    special_children: support?.specialCircumstanceChildren ?? null,
    poor_supported: support?.poorOrNearPoorChildrenSupported ?? null,
    poor_children: support?.poorOrNearPoorChildren ?? null,
    in_need_children: support?.inNeedChildren ?? null,
    fund_disbursed: n.childProtectionFund?.amountDisbursed ?? null,
    abuse_supported: support?.violenceOrAbuseVictimsSupported ?? null,
    abuse_victims: support?.violenceOrAbuseVictims ?? null,
    ...preschool(n),
    insurance_cards: n.childHealthInsurance?.cardsIssued ?? null,
    insurance_children: n.childHealthInsurance?.childrenUnder6 ?? null,
    // One yearly count per commune is due; a commune with no count filed reported nothing.
    insurance_units_expected: 1,
    insurance_units_reported: n.childHealthInsurance ? 1 : 0,
    labour_units_expected: n.labourReporting ? 1 : 0,
    labour_units_reported: n.labourReporting?.yearly.submitted ? 1 : 0,
    district_valid_from: n.district?.validFrom ?? null,
    labour_yearly_submitted_on: n.labourReporting?.yearly.submittedOn ?? null,
    labour_six_month_submitted_on: n.labourReporting?.sixMonth.submittedOn ?? null,
    health_submitted_on: n.healthReporting?.submittedOn ?? null,
    culture_submitted_on: n.cultureReporting?.submittedOn ?? null,
    refreshed_at: new Date().toISOString(),
  };
}

/**
 * Preschool enrolment on 5 September of the school year starting in the year, over the children
 * aged 3–5 on that year's 31 December: the age the preschool level (mẫu giáo) serves. Missing stays
 * missing: no preschool reported, or no child counted, is null.
 */
function preschool(
  n: Node,
): Pick<NewCommuneYear, 'preschool_enrolled' | 'preschool_age_children' | 'preschool_schools' | 'preschool_schools_reported'> {
  const level = n.enrolment?.byLevel.find((l) => l.level === 'PRESCHOOL');
  const band = n.childPopulation?.byAgeBand?.find((b) => b.band === 'AGE_3_5');
  return {
    preschool_enrolled: level?.pupils ?? null,
    preschool_age_children: band ? band.children : null,
    preschool_schools: level?.schools ?? 0,
    preschool_schools_reported: level?.schoolsReported ?? 0,
  };
}
