import type { Kysely } from 'kysely';

// Frozen: never import application code here.
// The client's own id for a request (mã tương quan), kept apart from the gateway's request id
// (ma_yeu_cau), which no client chooses. Null when the client sent none.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('nhat_ky_truy_cap').addColumn('ma_tuong_quan', 'text').execute();
}
