/**
 * The physical floor: the same answers as the federated queries, from the same stored data
 * (the read model included), with one SQL statement per agency database through node-pg, run
 * in parallel where nothing depends on another, and joined in Node. Indicator values are
 * evaluated with the coverage subgraph's own pure functions, so the answers can be compared
 * for equality; the suppression pattern is computed once per year, as the subgraph caches it.
 */
import pg from 'pg';
import '../lib/db.ts'; // the same type parsers (dates as text, bigint and numeric as numbers)
import type { SubgraphName } from '../lib/config.ts';
import { ANONYMOUS } from '../lib/auth/viewer.ts';
import type { IndicatorValue } from '../subgraphs/coverage/evaluate.ts';
import { patternsOf, publicationFor, suppress, type Publication, type StoredPattern } from '../subgraphs/coverage/publication.ts';
import { numeratorIsMoney, type Indicator } from '../subgraphs/coverage/registry.ts';
import { communeRowSums, valuesOf } from '../subgraphs/coverage/resolvers/values.ts';
import type { CommuneYear } from '../subgraphs/coverage/db/tables.ts';
import type { MeasureSums } from '../subgraphs/coverage/db/repository.ts';

/** The IndicatorValue fields the scenarios ask for, in query order. */
export const VALUE_FIELDS = ['indicator', 'value', 'numerator', 'denominator', 'target', 'gap', 'status', 'completeness'] as const;
type ValueFields = Pick<IndicatorValue, (typeof VALUE_FIELDS)[number]>;

export interface Floor {
  nationalReport(date: string, year: number): Promise<unknown>;
  sortedPage(year: number, first: number, lessThan: number): Promise<unknown>;
  close(): Promise<void>;
}

export async function openFloor(url: string, schemaOf: (name: SubgraphName) => string): Promise<Floor> {
  const pool = (name: SubgraphName) => new pg.Pool({ connectionString: url, max: 2, options: `-c search_path=${schemaOf(name)}` });
  const geography = pool('geography');
  const coverage = pool('coverage');
  const indicators = (await coverage.query<{ definition: Indicator }>('select definition from indicator order by position')).rows.map(
    (r) => (typeof r.definition === 'string' ? (JSON.parse(r.definition) as Indicator) : r.definition),
  );
  const publications = new Map<string, Publication>();

  /** The year's suppression pattern, as the subgraph reads it: stored by the refresh, once per refresh stamp. */
  async function publication(year: number, stamp: string): Promise<Publication> {
    const key = `${year}|${stamp}`;
    let p = publications.get(key);
    if (!p) {
      const { rows } = await coverage.query<{ pattern: StoredPattern }>(
        'select pattern from suppression_pattern where year = $1 and stamp = $2',
        [year, stamp],
      );
      if (!rows[0]) throw new Error(`floor: no stored suppression pattern for ${year} (refresh the read model first)`);
      p = publicationFor(ANONYMOUS, patternsOf(indicators, rows[0].pattern));
      publications.set(key, p);
    }
    return p;
  }

  const pick = (v: IndicatorValue): ValueFields => ({
    indicator: v.indicator,
    value: v.value,
    // As the API serves it: a money numerator only as the exact numeratorAmount, never a Float.
    numerator: numeratorIsMoney(v.definition) ? null : v.numerator,
    denominator: v.denominator,
    target: v.target,
    gap: v.gap,
    status: v.status,
    completeness: v.completeness,
  });
  const emptySums = (key: string): MeasureSums => ({ key, communes: 0, refreshed_at: null, year_stamp: '', province_code: null });
  const stampSql = `(select coalesce(max(refreshed_at)::text, '') from refresh_log where year = $1) as year_stamp`;

  async function communeValues(rows: (CommuneYear & { year_stamp: string })[], year: number, chosen: Indicator[]) {
    const stamp = rows[0]?.year_stamp ?? '';
    const shown = chosen.some((i) => i.sensitive) ? await publication(year, stamp) : null;
    return (row: CommuneYear | undefined, key: string) => {
      const values = valuesOf(chosen, year, row ? communeRowSums(chosen, row) : emptySums(key));
      return values.map((v) =>
        pick(
          shown && v.definition.sensitive && shown.isHidden(v.indicator, { kind: 'commune', key, provinceCode: row?.province_code ?? '' })
            ? suppress(v)
            : v,
        ),
      );
    };
  }

  return {
    /** Scenarios a and e: every province on `date` with each of its communes and every indicator of `year`. */
    async nationalReport(date, year) {
      const [directory, readModel] = await Promise.all([
        geography.query<{
          province_code: string;
          province_name: string;
          code: string | null;
          valid_from: string | null;
          name: string | null;
        }>(
          `select p.code as province_code, p.name as province_name, c.code, c.valid_from, c.name
           from province p left join commune c on c.province_code = p.code
             and c.valid_from <= $1::date and (c.valid_until is null or c.valid_until >= $1::date)
           where p.valid_from <= $1::date and (p.valid_until is null or p.valid_until >= $1::date)
           order by p.code, c.code`,
          [date],
        ),
        coverage.query<CommuneYear & { year_stamp: string }>(`select *, ${stampSql} from commune_year where year = $1`, [year]),
      ]);
      const byKey = new Map(readModel.rows.map((r) => [`${r.code}|${r.valid_from}`, r]));
      const evaluate = await communeValues(readModel.rows, year, indicators);
      const provinces: { code: string; name: string; communes: { totalCount: number; nodes: unknown[] } }[] = [];
      for (const r of directory.rows) {
        let province = provinces.at(-1);
        if (province?.code !== r.province_code)
          provinces.push((province = { code: r.province_code, name: r.province_name, communes: { totalCount: 0, nodes: [] } }));
        if (r.code === null) continue;
        const key = `${r.code}|${r.valid_from}`;
        province.communes.totalCount++;
        province.communes.nodes.push({ code: r.code, validFrom: r.valid_from, name: r.name, coverage: evaluate(byKey.get(key), key) });
      }
      return { provinces };
    },

    /** Scenario d: communes below `lessThan` on check-ups and meals, worst check-up coverage first, with their names. */
    async sortedPage(year, first, lessThan) {
      const chosen = ['CHECKUP_COVERAGE', 'MEAL_COVERAGE'].map((id) => indicators.find((i) => i.id === id)!);
      const value = (i: Indicator) => {
        const [n, d] = [i.numerator.measure, i.denominator.measure];
        return `(case when ${n} is not null and ${d} > 0 ${i.unit === 'PERCENT' ? `and ${n} <= ${d}` : ''} then round((${n}::numeric / ${d}) * ${i.factor}, 6)::float8 end)`;
      };
      const [checkup, meal] = chosen.map(value) as [string, string];
      const page = await coverage.query<CommuneYear & { year_stamp: string; total: number }>(
        `select *, ${stampSql}, count(*) over () as total from commune_year
         where year = $1 and ${checkup} < $2 and ${meal} < $2
         order by ${checkup} asc nulls last, code, valid_from limit $3`,
        [year, lessThan, first],
      );
      const names = await geography.query<{ code: string; valid_from: string; name: string; province_name: string }>(
        `select c.code, c.valid_from, c.name, p.name as province_name
         from unnest($1::text[], $2::date[]) k(code, valid_from)
         join commune c using (code, valid_from)
         join province p on p.code = c.province_code
           and p.valid_from <= coalesce(c.valid_until, current_date) and (p.valid_until is null or p.valid_until >= coalesce(c.valid_until, current_date))`,
        [page.rows.map((r) => r.code), page.rows.map((r) => r.valid_from)],
      );
      const nameOf = new Map(names.rows.map((r) => [`${r.code}|${r.valid_from}`, r]));
      const evaluate = await communeValues(page.rows, year, chosen);
      return {
        communeCoverage: {
          totalCount: Number(page.rows[0]?.total ?? 0),
          nodes: page.rows.map((r) => {
            const key = `${r.code}|${r.valid_from}`;
            const named = nameOf.get(key)!;
            return {
              commune: { code: r.code, name: named.name, province: { name: named.province_name } },
              values: evaluate(r, key).map((v) => ({ indicator: v.indicator, value: v.value, status: v.status })),
            };
          }),
        },
      };
    },

    close: async () => {
      await Promise.all([geography.end(), coverage.end()]);
    },
  };
}
