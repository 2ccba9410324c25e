import { sql, type Kysely } from 'kysely';
import { keyTable } from '../../../lib/db.ts';
import type { WindowYear } from '../../../lib/periods.ts';
import { groupsAtYearEnd, holdsYearEnd, supportedInYear, yearEnd } from './repository.ts';
import type { LabourDB } from './tables.ts';

/** A version-year and the boundary days whose residence decides where its children count on a later (or earlier) geography. */
export interface OnwardKey extends WindowYear {
  days: string[];
}

/**
 * The children counted in one version on 31 December, grouped by the commune codes they lived in
 * on each boundary day (`codes[i]` for `days[i]`, '' where they lived nowhere on the register):
 * the same year-end counts as childPopulation and childSupport, split so that each group can be
 * placed by its own residence. Aggregates only: no child leaves this statement.
 */
export interface OnwardGroupRow {
  code: string;
  from: string;
  to: string;
  year: number;
  /** the key's boundary days, comma-joined */
  days: string;
  codes: string[];
  total: number;
  preschool_and_primary: number;
  preschool: number;
  special: number;
  special_supported: number;
  poor_or_near: number;
  poor_or_near_supported: number;
  in_need: number;
  in_need_supported: number;
  abuse_victims: number;
  abuse_victims_supported: number;
}

export async function childrenByOnwardResidence(db: Kysely<LabourDB>, keys: readonly OnwardKey[]): Promise<OnwardGroupRow[]> {
  const rows = keys
    .filter(holdsYearEnd)
    .map((k) => ({ code: k.code, win_from: k.from, win_to: k.to, year: k.year, ref: yearEnd(k.year), days: k.days.join(',') }));
  if (!rows.length) return [];
  const k = keyTable('k', rows, { code: 'text', win_from: 'date', win_to: 'date', year: 'int', ref: 'date', days: 'text' });
  const age = sql<number>`date_part('year', age(k.ref, t.ngay_sinh))`;
  const result = await db
    .with('child', (qb) =>
      qb
        .selectFrom(k)
        .innerJoin('tre_em_cu_tru as r', (join) =>
          join.on(sql<boolean>`r.ma_xa = k.code and r.tu_ngay <= k.ref and (r.den_ngay is null or r.den_ngay > k.ref)`),
        )
        .innerJoin('tre_em as t', 't.ma_tre', 'r.ma_tre')
        .leftJoin('tre_em_ho_ngheo as hn', (join) => join.onRef('hn.ma_tre', '=', 'r.ma_tre').on(sql<boolean>`hn.nam = k.year`))
        .leftJoinLateral(groupsAtYearEnd, (join) => join.onTrue())
        // The commune code of each boundary day, in the days' order ('' where the child lived nowhere on the register).
        .leftJoinLateral(
          (eb) =>
            eb
              .selectFrom(sql`unnest(string_to_array(nullif(k.days, ''), ',')::date[]) with ordinality`.as(sql.raw('d(day, i)') as never))
              .leftJoin('tre_em_cu_tru as n', (join) =>
                join.on(sql<boolean>`n.ma_tre = r.ma_tre and n.tu_ngay <= d.day and (n.den_ngay is null or n.den_ngay > d.day)`),
              )
              .select(sql<string[]>`coalesce(array_agg(coalesce(n.ma_xa, '') order by d.i), '{}')`.as('codes'))
              .as('o'),
          (join) => join.onTrue(),
        )
        .select((eb) => [
          'k.code',
          'k.win_from',
          'k.win_to',
          'k.year',
          'k.days',
          'o.codes',
          age.as('age'),
          sql<boolean>`hn.muc is not null`.as('poor_or_near'),
          sql<boolean>`coalesce(hc.any_group, false)`.as('special'),
          sql<boolean>`coalesce(hc.abuse_group, false)`.as('abuse'),
          supportedInYear(eb),
        ]),
    )
    .selectFrom('child')
    .select([
      'code',
      sql<string>`win_from::text`.as('from'),
      sql<string>`win_to::text`.as('to'),
      'year',
      'days',
      'codes',
      sql<number>`count(*)::int`.as('total'),
      ...(
        [
          ['preschool_and_primary', sql`age between 3 and 10`],
          ['preschool', sql`age between 3 and 5`],
          ['special', sql`special`],
          ['special_supported', sql`special and supported`],
          ['poor_or_near', sql`poor_or_near`],
          ['poor_or_near_supported', sql`poor_or_near and supported`],
          ['in_need', sql`special or poor_or_near`],
          ['in_need_supported', sql`(special or poor_or_near) and supported`],
          ['abuse_victims', sql`abuse`],
          ['abuse_victims_supported', sql`abuse and supported`],
        ] as const
      ).map(([name, filter]) => sql<number>`(count(*) filter (where ${filter}))::int`.as(name)),
    ])
    .groupBy(['code', 'win_from', 'win_to', 'year', 'days', 'codes'])
    .execute();
  // Cast: the key table's columns are named at run time (keyTable), which Kysely cannot type; OnwardGroupRow names them.
  return result as unknown as OnwardGroupRow[];
}
