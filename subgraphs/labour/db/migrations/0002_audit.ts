import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Nhật ký truy cập: who read which child records, when. Append-only, enforced in the database.
export async function up(db: Kysely<any>, { schema }: { schema: string }): Promise<void> {
  await db.schema
    .createTable('nhat_ky_truy_cap')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('thoi_diem', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('chu_the', 'text', (c) => c.notNull())
    .addColumn('vai_tro', 'text', (c) => c.notNull())
    .addColumn('dia_ban', 'text', (c) => c.notNull())
    .addColumn('ma_yeu_cau', 'text', (c) => c.notNull())
    .addColumn('truy_van', 'text', (c) => c.notNull())
    .addColumn('ma_tre', 'text', (c) => c.notNull())
    .addColumn('so_tre', 'integer', (c) => c.notNull())
    .execute();
  const fn = sql.id(schema, 'nhat_ky_chi_them');
  await sql`create function ${fn}() returns trigger language plpgsql as $$
    begin raise exception 'nhat_ky_truy_cap is append-only'; end $$`.execute(db);
  await sql`create trigger nhat_ky_chi_them before update or delete on ${sql.id(schema, 'nhat_ky_truy_cap')}
    for each row execute function ${fn}()`.execute(db);
  await sql`create trigger nhat_ky_khong_xoa before truncate on ${sql.id(schema, 'nhat_ky_truy_cap')}
    for each statement execute function ${fn}()`.execute(db);
}
