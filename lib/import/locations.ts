import { sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * Files the things of an imported file (schools, play areas) in the communes its rows name, in a
 * location-history table (`<thing>, ma_tinh, ma_huyen, ma_xa, tu_ngay, den_ngay`): a thing gets a
 * period in a commune from its first day there in the file (never before the commune's code came
 * into force, `xa_tu`), unless a period there already covers that day; then each of its periods
 * ends where its next one starts. `staged` is the write's temporary table of the file's rows.
 */
export async function fileLocations(
  db: Kysely<unknown>,
  history: { table: string; thing: string },
  staged: { table: string; thing: string; since: RawBuilder<string> },
): Promise<void> {
  const table = sql.table(history.table);
  const thing = sql.ref(history.thing);
  const stagedThing = sql.ref(staged.thing);
  await sql`insert into ${table} (${thing}, ma_tinh, ma_huyen, ma_xa, tu_ngay)
      select t.thing, t.ma_tinh, t.ma_huyen, t.ma_xa, t.tu_ngay
      from (select ${stagedThing} as thing, ma_tinh, ma_huyen, ma_xa, greatest(min(${staged.since}), max(xa_tu)) as tu_ngay
            from ${sql.table(staged.table)} group by ${stagedThing}, ma_tinh, ma_huyen, ma_xa) t
      where not exists (select 1 from ${table} l where l.${thing} = t.thing and l.ma_xa = t.ma_xa
        and l.tu_ngay <= t.tu_ngay and (l.den_ngay is null or l.den_ngay > t.tu_ngay))`.execute(db);
  await sql`update ${table} l set den_ngay = n.next
      from (select id, lead(tu_ngay) over (partition by ${thing} order by tu_ngay) as next from ${table}
            where ${thing} in (select ${stagedThing} from ${sql.table(staged.table)})) n
      where l.id = n.id and n.next is not null and l.den_ngay is distinct from n.next`.execute(db);
}
