import { sql, type ExpressionBuilder, type Insertable, type Kysely, type RawBuilder } from 'kysely';
import { compiledOnce, keyColumns, keyTableOf, type Slot } from '../../../lib/db.ts';
import type { Deadline, Indicator } from '../registry.ts';
import {
  MEASURE_COLUMNS,
  MONEY_COLUMNS,
  type CommuneYear as CommuneYearRow,
  type CoverageDB,
  type IndicatorMeasure,
  type MeasureColumn,
  type NewCommuneYear,
} from './tables.ts';

type Db = Kysely<CoverageDB>;

export async function replaceRegistry(db: Db, indicators: Indicator[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('indicator').execute();
    await trx
      .insertInto('indicator')
      .values(indicators.map((definition, position) => ({ id: definition.id, position, definition: JSON.stringify(definition) })))
      .execute();
  });
}

export async function listIndicators(db: Db): Promise<Indicator[]> {
  const rows = await db.selectFrom('indicator').select('definition').orderBy('position').execute();
  return rows.map((r) => (typeof r.definition === 'string' ? JSON.parse(r.definition) : r.definition) as Indicator);
}

/** Replaces one province-year of the read model atomically, so readers never see half a refresh. */
export async function replaceProvinceYear(db: Db, year: number, provinceCode: string, rows: NewCommuneYear[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('commune_year').where('year', '=', year).where('province_code', '=', provinceCode).execute();
    if (rows.length) await trx.insertInto('commune_year').values(rows).execute();
    await trx
      .insertInto('refresh_log')
      .values({ year, province_code: provinceCode, communes: rows.length, refreshed_at: sql<string>`now()` })
      .onConflict((oc) => oc.columns(['year', 'province_code']).doUpdateSet({ communes: rows.length, refreshed_at: sql<string>`now()` }))
      .execute();
  });
}

/**
 * Replaces single commune-years (the communes an import touched) and moves their province-years'
 * refresh stamps, atomically: the stamp is what answer caches and suppression patterns key on.
 */
export async function replaceCommuneYears(db: Db, year: number, rows: NewCommuneYear[]): Promise<void> {
  const provinces = [...new Set(rows.map((r) => r.province_code))];
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('commune_year')
      .where('year', '=', year)
      .where((eb) =>
        eb(
          eb.refTuple('code', 'valid_from'),
          'in',
          rows.map((r) => eb.tuple(r.code, r.valid_from)),
        ),
      )
      .execute();
    await trx.insertInto('commune_year').values(rows).execute();
    await trx
      .updateTable('refresh_log')
      .set((eb) => ({
        refreshed_at: sql<string>`now()`,
        communes: eb
          .selectFrom('commune_year as c')
          .select((c) => c.fn.countAll<number>().as('n'))
          .whereRef('c.year', '=', 'refresh_log.year')
          .whereRef('c.province_code', '=', 'refresh_log.province_code'),
      }))
      .where('year', '=', year)
      .where('province_code', 'in', provinces)
      .execute();
  });
}

/** Of the given provinces, those whose year has been refreshed as a whole. */
export async function refreshedProvinces(db: Db, year: number, provinces: readonly string[]): Promise<string[]> {
  if (!provinces.length) return [];
  const rows = await db
    .selectFrom('refresh_log')
    .select('province_code')
    .where('year', '=', year)
    .where('province_code', 'in', provinces)
    .execute();
  return rows.map((r) => r.province_code);
}

/**
 * The area a set of read-model rows is summed over. Each key selects rows of one year whose
 * year-end falls inside an area version's window (`win_from` ≤ 31 Dec < `win_to`) and that match
 * every column given; null columns do not filter.
 */
export type AreaKey = {
  key: string;
  year: number;
  win_from: string;
  win_to: string;
  province_code: string | null;
  district_code: string | null;
  code: string | null;
  valid_from: string | null;
  classification: string | null;
  /** The geography the rows are on: null as filed, else a basis date of commune_year_basis. */
  basis_date?: string | null;
};

export interface MeasureSums {
  key: string;
  communes: number;
  refreshed_at: string | null;
  /** When the key's year of the read model last changed (the suppression pattern's cache key). */
  year_stamp: string;
  /** per indicator: sums over the rows where both terms are known */
  [column: string]: number | string | null;
}

const KEY_TYPES = {
  key: 'text',
  year: 'int',
  win_from: 'date',
  win_to: 'date',
  province_code: 'text',
  district_code: 'text',
  code: 'text',
  valid_from: 'date',
  classification: 'text',
  basis_date: 'date',
} as const;
const KEY_SLOTS = Object.keys(KEY_TYPES).length;

/** What the SQL text of termSums depends on: the statement is compiled once per registry. */
const registryShape = (indicators: Indicator[]) =>
  indicators
    .map((i) => [i.id, i.unit, i.numerator.measure, i.denominator.measure, i.completeness.expected, i.completeness.reported].join(':'))
    .join(',');

/** Ratio of sums, never mean of ratios: one statement sums every indicator's terms for every key. */
export function sumIndicators(
  db: Db,
  indicators: Indicator[],
  keys: readonly AreaKey[],
  /** For a group given by codes: those codes, on that date (applies to every key). */
  codes?: { codes: string[]; date: string },
  /** Also each measure's plain sum over the members that filed it (`m:<measure>`, `m:<measure>:n`): the agencies' own figures. */
  withMeasures = false,
): Promise<MeasureSums[]> {
  // A commune key names one row: joined on the primary key, so 10,000 communes cost one index
  // probe each. Any other area scans its year with the filters; both halves are one statement.
  const filed = keys.filter((k) => !k.basis_date);
  const rebased = keys.filter((k) => k.basis_date);
  const statements: Promise<MeasureSums[]>[] = [];
  for (const [group, basis] of [
    [filed, false],
    [rebased, true],
  ] as const) {
    const halves = [
      { byCommune: true, keys: group.filter((k) => k.code !== null) },
      { byCommune: false, keys: group.filter((k) => k.code === null) },
    ].filter((h) => h.keys.length);
    if (!halves.length) continue;
    const values = halves.flatMap((h) => [
      ...keyColumns(
        h.keys.map((x) => ({ ...x, basis_date: x.basis_date ?? null })),
        KEY_TYPES,
      ),
      ...(codes ? [codes.codes, codes.date] : []),
    ]);
    const shape = `sumIndicators|${basis}|${halves.map((h) => h.byCommune).join()}|${!!codes}|${withMeasures}|${registryShape(indicators)}`;
    statements.push(
      compiledOnce(db, shape, values, (slots) => {
        let next = 0;
        const take = (n: number) => slots.slice(next, (next += n));
        const queries = halves.map((h) => sumQuery(db, indicators, take(KEY_SLOTS), h.byCommune, basis, codes && take(2), withMeasures));
        // Cast: the two halves select the same computed columns, which Kysely types differently.
        return queries.reduce((all, half) => all.unionAll(half as never));
      }) as Promise<MeasureSums[]>,
    );
  }
  return Promise.all(statements).then((parts) => parts.flat());
}

/** The sums of one half; `keySlots` and `codeSlots` stand for the values of compiledOnce. */
function sumQuery(
  db: Db,
  indicators: Indicator[],
  keySlots: Slot[],
  byCommune: boolean,
  basis: boolean,
  codeSlots?: Slot[],
  withMeasures = false,
) {
  const k = keyTableOf<'k', Record<keyof typeof KEY_TYPES, unknown>>('k', KEY_TYPES, keySlots);
  const codes = codeSlots && { codes: codeSlots[0], date: codeSlots[1] };
  // On a date's geography the rows are the communes in force on that date, whatever the year.
  const rowDate = basis ? sql`r.basis_date` : sql`make_date(r.year, 12, 31)`;
  const table = (basis ? 'commune_year_basis as r' : 'commune_year as r') as 'commune_year as r';
  return (
    db
      .selectFrom(k)
      .leftJoin(table, (join) =>
        join
          .onRef('r.year', '=', 'k.year')
          .on(basis ? sql<boolean>`r.basis_date = k.basis_date` : sql<boolean>`true`)
          .on(byCommune ? sql<boolean>`r.code = k.code and r.valid_from = k.valid_from` : sql<boolean>`true`)
          .on(sql<boolean>`${rowDate} >= k.win_from and ${rowDate} < k.win_to`)
          .on(sql<boolean>`(k.province_code is null or r.province_code = k.province_code)`)
          .on(sql<boolean>`(k.district_code is null or r.district_code = k.district_code)`)
          .on(sql<boolean>`(k.classification is null
          or (k.classification = 'MOUNTAINOUS' and r.mountainous)
          or (k.classification = 'ETHNIC_MINORITY_AREA' and r.ethnic_minority_area)
          or (k.classification = 'EXTREMELY_DIFFICULT' and r.extremely_difficult))`)
          .on(
            codes
              ? sql<boolean>`r.code = any(${codes.codes}::text[]) and r.valid_from <= ${codes.date}::date and (r.valid_until is null or r.valid_until >= ${codes.date}::date)`
              : sql<boolean>`true`,
          ),
      )
      // Each year's refresh stamp, joined once per year (a correlated subquery would run per key).
      .leftJoin(
        (eb) =>
          eb
            .selectFrom('refresh_log')
            .select(['year', sql<string>`max(refreshed_at)::text`.as('stamp')])
            .groupBy('year')
            .as('st'),
        (join) => join.onRef('st.year', '=', 'k.year'),
      )
      .select(
        (eb) =>
          [
            'k.key',
            eb.fn.count<number>('r.code').as('communes'),
            sql<string>`coalesce(min(st.stamp), '')`.as('year_stamp'),
            sql<string | null>`to_char(min(r.refreshed_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as('refreshed_at'),
            // What every member shares decides which plan targets apply to the area.
            sql<string | null>`case when count(distinct r.province_code) = 1 then min(r.province_code) end`.as('province_code'),
            sql<
              string | null
            >`case when count(distinct r.district_code) = 1 and count(r.district_code) = count(r.code) then min(r.district_code) end`.as(
              'district_code',
            ),
            sql<boolean | null>`bool_and(r.mountainous)`.as('all_mountainous'),
            sql<boolean | null>`bool_and(r.ethnic_minority_area)`.as('all_ethnic_minority_area'),
            sql<boolean | null>`bool_and(r.extremely_difficult)`.as('all_extremely_difficult'),
            ...(basis
              ? [
                  sql<number>`count(*) filter (where jsonb_array_length(r.estimates) > 0)`.as('estimated_members'),
                  // members whose child-level counts (labour's) rest on a weight too: not every child placed by residence
                  sql<number>`count(*) filter (where jsonb_path_exists(r.estimates, '$[*] ? (@.childRecordsPlaced != true)'))`.as(
                    'estimated_child_members',
                  ),
                  ...(byCommune ? [sql`min(r.estimates::text)`.as('estimates')] : []),
                ]
              : []),
            ...indicators.flatMap((i) => termSums(i, byCommune)),
            ...(withMeasures ? MEASURE_COLUMNS.flatMap(measureSum) : []),
            // Cast: Kysely cannot type a table or column named at run time (a key table from keyTable(), a computed alias); the SQL is checked by the tests.
          ] as never,
      )
      .groupBy(['k.key', 'k.year'])
  );
}

const col = (m: IndicatorMeasure) => sql.ref(`r.${m}`);

/** A measure's plain sum (as text for money: exact đồng) and how many members filed it: missing stays missing. */
const measureSum = (m: MeasureColumn) => [
  // Cast: aliases made from the measure's name; Kysely cannot type them.
  (MONEY_COLUMNS.includes(m) ? sql`sum(${col(m)})::text` : sql`sum(${col(m)})`).as(`m:${m}`) as never,
  sql`count(${col(m)})`.as(`m:${m}:n`) as never,
];

/** The year's refresh stamp as a column, so a read also tells which suppression pattern applies (no extra statement). */
function yearStamp(eb: ExpressionBuilder<any, any>, year: string) {
  return (
    eb
      .selectFrom('refresh_log as l')
      .select(sql<string>`coalesce(max(l.refreshed_at)::text, '')`.as('s'))
      // Cast: the outer query's year column, named by the caller.
      .whereRef('l.year', '=', year as never)
      .as('year_stamp')
  );
}

/**
 * Sums of one indicator's terms, counted only where both are known (missing is not zero) and,
 * in a roll-up, the member's own value is not withheld for a data-quality reason: a roll-up
 * never contains what its parts withhold (a commune with more children examined than live
 * there is left out of both terms, and counted in `:excluded`). The rule is evaluate.ts
 * `withheld`. A commune itself keeps its own terms as filed (see values.ts communeRowSums).
 */
function termSums(i: Indicator, ownTerms: boolean): RawBuilder<unknown>[] {
  const [n, d] = [col(i.numerator.measure), col(i.denominator.measure)];
  const both = sql`${n} is not null and ${d} is not null`;
  const out = i.unit === 'PERCENT' && !ownTerms ? sql`${both} and ${n} > ${d}` : sql`false`;
  const used = sql`${both} and not (${out})`;
  return [
    // Cast: each indicator's terms are selected under aliases made from its id (data); Kysely cannot type them.
    sql`sum(${n}) filter (where ${used})`.as(`${i.id}:num`) as never,
    sql`sum(${d}) filter (where ${used})`.as(`${i.id}:den`) as never,
    sql`count(*) filter (where ${used})`.as(`${i.id}:n`) as never,
    sql`count(*) filter (where ${out})`.as(`${i.id}:excluded`) as never,
    sql`sum(${col(i.completeness.expected)})`.as(`${i.id}:expected`) as never,
    sql`sum(${col(i.completeness.reported)})`.as(`${i.id}:reported`) as never,
    sql`coalesce(sum(${col(i.completeness.reported)}) filter (where ${out}), 0)`.as(`${i.id}:reported_excluded`) as never,
  ];
}

/** Whether any province-year of the read model has been refreshed yet. */
export async function hasBeenRefreshed(db: Db): Promise<boolean> {
  return (await db.selectFrom('refresh_log').select('year').limit(1).execute()).length > 0;
}

export function listRefreshes(db: Db, year?: number) {
  let query = db
    .selectFrom('refresh_log')
    .select([
      'year',
      'province_code',
      'communes',
      sql<string>`to_char(refreshed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as('refreshed_at'),
    ]);
  if (year !== undefined) query = query.where('year', '=', year);
  return query.orderBy('year').orderBy('province_code').execute();
}

// ---- Cross-sector filter, sort and page over communes ----

/**
 * An indicator's commune-level value, as SQL; the same rule as evaluate(): null when unknown, 0,
 * or numerator > denominator, and null where the viewer's publication hides it, so neither a
 * filter nor the sort order can reveal a suppressed cell.
 */
function valueSql(i: Indicator, hidden: Map<string, string[]> = new Map()): RawBuilder<number | null> {
  const n = col(i.numerator.measure);
  const d = col(i.denominator.measure);
  const plausible = i.unit === 'PERCENT' ? sql`and ${n} <= ${d}` : sql``;
  const keys = hidden.get(i.id) ?? [];
  const visible = keys.length ? sql`and not ((r.code || '|' || r.valid_from::text) = any(${keys}::text[]))` : sql``;
  return sql<
    number | null
  >`(case when ${n} is not null and ${d} > 0 ${plausible} ${visible} then round((${n}::numeric / ${d}::numeric) * ${i.factor}, 6)::float8 end)`;
}

/**
 * Commune-level status, as SQL, the same rule as evaluate(): a value no report backs is
 * NOT_REPORTED; only rate targets can apply to one commune (count targets need their whole population).
 */
function statusSql(i: Indicator, hidden: Map<string, string[]>): RawBuilder<string> {
  const value = valueSql(i, hidden);
  const flag = {
    MOUNTAINOUS: 'mountainous',
    ETHNIC_MINORITY_AREA: 'ethnic_minority_area',
    EXTREMELY_DIFFICULT: 'extremely_difficult',
  } as const;
  const applicable = i.targets
    .filter((t) => t.term === 'VALUE')
    .map((t) => {
      const inPopulation = sql`r.year between ${t.fromYear} and ${t.year} and r.province_code = ${t.population.provinceCode}
        ${t.population.districtCode ? sql`and r.district_code = ${t.population.districtCode}` : sql``}
        ${t.population.classification ? sql`and ${sql.ref(`r.${flag[t.population.classification]}`)}` : sql``}`;
      const met = t.comparison === 'AT_LEAST' ? sql`${value} >= ${t.value}` : sql`${value} <= ${t.value}`;
      return sql`when ${inPopulation} then (case when ${met} then 'MET' else 'NOT_MET' end)`;
    });
  const unreported = sql`${col(i.completeness.expected)} > 0 and ${col(i.completeness.reported)} = 0`;
  return sql<string>`(case when ${value} is null then 'NO_DATA' when ${unreported} then 'NOT_REPORTED' ${sql.join(applicable, sql` `)} else 'NO_TARGET' end)`;
}

export interface RankQuery {
  year: number;
  provinceCode?: string;
  districtCode?: string;
  classification?: 'mountainous' | 'ethnic_minority_area' | 'extremely_difficult';
  conditions: { indicator: Indicator; lessThan?: number; atLeast?: number; status?: string }[];
  /** Only communes NOT_MET on at least one of these indicators. */
  notMetOnAny?: Indicator[];
  orderBy?: { indicator: Indicator; direction: 'ASC' | 'DESC' };
  /** Keyset: the sort value (null sorts last), code and valid_from of the last row seen. */
  after?: { value: number | null; code: string; validFrom: string };
  limit: number;
  /** Commune keys (code|validFrom) the viewer may not see, per sensitive indicator. */
  hidden: Map<string, string[]>;
  /** Rank the communes of this date's geography (commune_year_basis); as filed when absent. */
  basisDate?: string;
}

function rankFilter(q: RankQuery) {
  const parts = [sql`r.year = ${q.year}`];
  if (q.basisDate) parts.push(sql`r.basis_date = ${q.basisDate}::date`);
  if (q.provinceCode) parts.push(sql`r.province_code = ${q.provinceCode}`);
  if (q.districtCode) parts.push(sql`r.district_code = ${q.districtCode}`);
  if (q.classification) parts.push(sql`${sql.ref(`r.${q.classification}`)}`);
  for (const c of q.conditions) {
    if (c.lessThan !== undefined) parts.push(sql`${valueSql(c.indicator, q.hidden)} < ${c.lessThan}`);
    if (c.atLeast !== undefined) parts.push(sql`${valueSql(c.indicator, q.hidden)} >= ${c.atLeast}`);
    if (c.status !== undefined) parts.push(sql`${statusSql(c.indicator, q.hidden)} = ${c.status}`);
  }
  if (q.notMetOnAny?.length)
    parts.push(
      sql`(${sql.join(
        q.notMetOnAny.map((i) => sql`${statusSql(i, q.hidden)} = 'NOT_MET'`),
        sql` or `,
      )})`,
    );
  return sql.join(parts, sql` and `);
}

/** One page of communes matching every condition, sorted by an indicator (unknown values last), with the total. */
export async function rankCommunes(
  db: Db,
  q: RankQuery,
): Promise<{ rows: (CommuneYearRow & { sort_value: number | null; year_stamp: string })[]; totalCount: number }> {
  const where = rankFilter(q);
  const sortValue = q.orderBy ? valueSql(q.orderBy.indicator, q.hidden) : sql<number | null>`null::float8`;
  const dir = q.orderBy?.direction === 'DESC' ? sql`desc` : sql`asc`;
  const cmp = q.orderBy?.direction === 'DESC' ? sql`<` : sql`>`;
  let page = sql`true`;
  if (q.after) {
    const rest = sql`(r.code, r.valid_from) > (${q.after.code}, ${q.after.validFrom}::date)`;
    page =
      q.after.value === null
        ? sql`${sortValue} is null and ${rest}`
        : sql`(${sortValue} ${cmp} ${q.after.value} or (${sortValue} = ${q.after.value} and ${rest}) or ${sortValue} is null)`;
  }
  // One statement: the total over every match, joined to the page (an empty page still returns the total).
  // The builder (not raw SQL) names the table, so the subgraph's schema applies.
  const result = (await db
    .with('f', (qb) =>
      qb
        .selectFrom((q.basisDate ? 'commune_year_basis as r' : 'commune_year as r') as 'commune_year as r')
        .where(where as RawBuilder<boolean>)
        .selectAll('r'),
    )
    .selectFrom(sql`(select count(*)::int as total_count from f)`.as('c'))
    .leftJoinLateral(
      (eb) =>
        eb
          // Cast: Kysely cannot type a table or column named at run time (a key table from keyTable(), a computed alias); the SQL is checked by the tests.
          .selectFrom('f as r' as never)
          .selectAll('r' as never)
          .select([sortValue.as('sort_value'), yearStamp(eb as never, 'r.year')])
          .where(page as RawBuilder<boolean>)
          .orderBy(sql`${sortValue} ${dir} nulls last`)
          .orderBy(sql`r.code`)
          .orderBy(sql`r.valid_from`)
          .limit(q.limit)
          .as('p'),
      (join) => join.onTrue(),
    )
    // Cast: Kysely cannot type a table or column named at run time (a key table from keyTable(), a computed alias); the SQL is checked by the tests.
    .selectAll('p' as never)
    .select(sql<number>`c.total_count`.as('total_count'))
    .execute()) as unknown as (CommuneYearRow & { sort_value: number | null; year_stamp: string; total_count: number })[];
  return { rows: result.filter((r) => r.code !== null), totalCount: result[0]?.total_count ?? 0 };
}

// ---- Reporting deadlines and submissions ----

export async function replaceDeadlines(db: Db, deadlines: Deadline[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('reporting_deadline').execute();
    await trx
      .insertInto('reporting_deadline')
      .values(
        deadlines.map((d, position) => ({
          position,
          province_code: d.provinceCode,
          agency: d.agency,
          level: d.level,
          period: d.period,
          month_day: d.monthDay,
          document: d.document,
        })),
      )
      .execute();
  });
}

export async function listDeadlines(db: Db): Promise<Deadline[]> {
  const rows = await db.selectFrom('reporting_deadline').selectAll().orderBy('position').execute();
  return rows.map((r) => ({
    provinceCode: r.province_code,
    agency: r.agency as Deadline['agency'],
    level: r.level,
    period: r.period,
    monthDay: r.month_day,
    document: r.document,
  }));
}

export type SubmissionColumn =
  | 'labour_yearly_submitted_on'
  | 'labour_six_month_submitted_on'
  | 'health_submitted_on'
  | 'culture_submitted_on';

/** Commune-years of one year and area with one agency's submission date. */
export function listSubmissions(db: Db, q: { year: number; column: SubmissionColumn; provinceCode?: string; districtCode?: string }) {
  let query = db
    .selectFrom('commune_year as r')
    .select([
      'r.code',
      'r.valid_from',
      'r.valid_until',
      'r.province_code',
      'r.district_code',
      'r.district_valid_from',
      sql.ref<string | null>(`r.${q.column}`).as('submitted_on'),
    ])
    .where('r.year', '=', q.year);
  if (q.provinceCode) query = query.where('r.province_code', '=', q.provinceCode);
  if (q.districtCode) query = query.where('r.district_code', '=', q.districtCode);
  return query.orderBy('r.code').execute();
}

// ---- Inputs of small-count suppression ----

/** When a year of the read model last changed: the key under which its suppression pattern may be reused. */
export async function lastRefresh(db: Db, year: number): Promise<string> {
  const row = await db
    .selectFrom('refresh_log')
    .select(sql<string>`coalesce(max(refreshed_at)::text, '')`.as('stamp'))
    .where('year', '=', year)
    .executeTakeFirst();
  return row?.stamp ?? '';
}

/** Every commune of a year with the two terms of each sensitive indicator (0 and 0 unless both are known: sums skip the others). */
export async function listSensitiveCells(db: Db, year: number, indicators: Indicator[]) {
  const rows = await db
    .selectFrom('commune_year as r')
    .select(
      () =>
        [
          'r.code',
          sql<string>`r.valid_from::text`.as('valid_from'),
          'r.province_code',
          'r.district_code',
          'r.mountainous',
          'r.ethnic_minority_area',
          'r.extremely_difficult',
          ...indicators.flatMap((i) => {
            const both = sql`${col(i.numerator.measure)} is not null and ${col(i.denominator.measure)} is not null`;
            return [
              sql`case when ${both} then ${col(i.numerator.measure)} else 0 end`.as(`${i.id}:num`),
              sql`case when ${both} then ${col(i.denominator.measure)} else 0 end`.as(`${i.id}:den`),
            ];
          }),
          // Cast: Kysely cannot type a table or column named at run time (a key table from keyTable(), a computed alias); the SQL is checked by the tests.
        ] as never,
    )
    .where('r.year', '=', year)
    .execute();
  // Cast: columns chosen by the registry (data) at run time.
  return rows as unknown as Record<string, string | number | boolean | null>[];
}

/** A year's stored suppression pattern, or null when none was stored for its current refresh stamp. */
export async function readPattern(db: Db, year: number, stamp: string): Promise<unknown | null> {
  const row = await db
    .selectFrom('suppression_pattern')
    .select('pattern')
    .where('year', '=', year)
    .where('stamp', '=', stamp)
    .executeTakeFirst();
  if (!row) return null;
  return typeof row.pattern === 'string' ? JSON.parse(row.pattern) : row.pattern;
}

export async function storePattern(db: Db, year: number, stamp: string, pattern: unknown): Promise<void> {
  const json = JSON.stringify(pattern);
  await db
    .insertInto('suppression_pattern')
    .values({ year, stamp, pattern: json })
    .onConflict((oc) => oc.column('year').doUpdateSet({ stamp, pattern: json, computed_at: sql<string>`now()` }))
    .execute();
}

// ---- The geographies of a date ----

/** Which basis dates the read model holds for a year (refreshed by refresh-basis.ts). */
export async function basisLedger(db: Db, basisDate: string, year: number) {
  return db
    .selectFrom('basis_ledger')
    .select(['ledger', sql<string>`to_char(refreshed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as('refreshed_at')])
    .where('basis_date', '=', basisDate)
    .where('year', '=', year)
    .executeTakeFirst();
}

/** The commune-years of a year, as filed (the read model the refresh stored). */
export function listCommuneYears(db: Db, year: number) {
  return db.selectFrom('commune_year').selectAll().where('year', '=', year).execute();
}

/** Replaces a year's rows on one geography basis, and its ledger, in one transaction. */
export async function replaceBasisYear(db: Db, basis: string, year: number, rows: readonly Record<string, unknown>[], ledgerJson: string) {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('commune_year_basis').where('basis_date', '=', basis).where('year', '=', year).execute();
    // Rows carry every MEASURE_COLUMNS entry by name (built from the rebase's measure map), which
    // the table type cannot check: the cast is the one place that trusts those names.
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('commune_year_basis')
        .values(rows.slice(i, i + 500) as never)
        .execute();
    const stamp = sql<string>`now()`;
    await trx
      .insertInto('basis_ledger')
      .values({ basis_date: basis, year, ledger: ledgerJson, refreshed_at: stamp })
      .onConflict((oc) => oc.columns(['basis_date', 'year']).doUpdateSet({ ledger: ledgerJson, refreshed_at: stamp }))
      .execute();
  });
}

// ---- Child-friendly communes ----

/** The commune-assessed criteria recorded for a year, for the given commune versions, oldest first. */
export function listAssessments(db: Db, year: number, communes: readonly { code: string; validFrom: string }[]) {
  if (!communes.length) return Promise.resolve([]);
  return db
    .selectFrom('child_friendly_assessment')
    .select(['code', sql<string>`valid_from::text`.as('valid_from'), 'criterion', 'met', 'note', 'recorded_by', 'recorded_at'])
    .where('year', '=', year)
    .where(
      sql<boolean>`(code, valid_from) in (select * from unnest(${communes.map((c) => c.code)}::text[], ${communes.map((c) => c.validFrom)}::date[]))`,
    )
    .orderBy('id')
    .execute();
}

/** A commune-year's stored row as filed, or undefined when the read model has none. */
export function communeYearRow(db: Db, code: string, validFrom: string, year: number) {
  return db
    .selectFrom('commune_year')
    .selectAll()
    .where('code', '=', code)
    .where('valid_from', '=', validFrom)
    .where('year', '=', year)
    .executeTakeFirst();
}

/** Appends one recorded criterion (the table is append-only: a correction is a later record). */
export async function appendAssessment(db: Db, record: Insertable<CoverageDB['child_friendly_assessment']>): Promise<void> {
  await db.insertInto('child_friendly_assessment').values(record).execute();
}

export type ChildFriendlyMeasures = Pick<
  NewCommuneYear,
  'child_friendly_qualifying' | 'child_friendly_communes' | 'child_friendly_assessed'
>;

/**
 * Stores a commune-year's child-friendly measures after an assessment was recorded: as filed, and
 * on each date's geography where the row is that same version, unchanged and alone (refresh-basis.ts).
 */
export async function setChildFriendlyMeasures(db: Db, code: string, validFrom: string, year: number, measures: ChildFriendlyMeasures) {
  // Cast: both tables hold these columns and the version's key (the basis table extends the as-filed one).
  const version = (table: 'commune_year' | 'commune_year_basis') =>
    db
      .updateTable(table as 'commune_year')
      .set(measures)
      .where('code', '=', code)
      .where('valid_from', '=', validFrom)
      .where('year', '=', year);
  await version('commune_year').execute();
  await version('commune_year_basis').where(sql<boolean>`sources = 1 and jsonb_array_length(estimates) = 0`).execute();
}

/**
 * What the answer cache's stamps are made of: each year's latest refresh (`year:<y>`) and latest
 * recorded child-friendly assessment (`assessed:<y>`); a stamp changes whenever those figures do.
 */
export function freshnessStamps(db: Db): Promise<{ key: string; stamp: string }[]> {
  // The query builder, not raw SQL: it places the tables in the subgraph's schema.
  return db
    .selectFrom('refresh_log')
    .select([sql<string>`'year:' || year`.as('key'), sql<string>`max(refreshed_at)::text`.as('stamp')])
    .groupBy('year')
    .unionAll(
      db
        .selectFrom('child_friendly_assessment')
        .select([sql<string>`'assessed:' || year`.as('key'), sql<string>`max(recorded_at)::text`.as('stamp')])
        .groupBy('year'),
    )
    .execute();
}
