import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Kysely } from 'kysely';
import type { ImportDB } from './tables.ts';

/**
 * The rejected rows of a batch as CSV (UTF-8 with BOM, so spreadsheet programs read the
 * Vietnamese): the original cells, then where and why, so the agency fixes and resubmits the
 * rows. One line per issue; ALREADY_STORED rows are left out (they need no fixing).
 */
export async function writeRejectedCsv(db: Kysely<any>, batchId: string, out: Writable): Promise<number> {
  const idb = db as Kysely<ImportDB>;
  const csv = stringify({ bom: true });
  csv.pipe(out);
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  let header: string[] | undefined;
  let lines = 0;
  let after = '0';
  for (;;) {
    const page = await idb
      .selectFrom('loi_nhap')
      .selectAll()
      .where('ma_lo', '=', batchId)
      .where('ma_loi', '!=', 'ALREADY_STORED')
      .where('id', '>', after)
      .orderBy('id')
      .limit(5_000)
      .execute();
    if (!page.length) break;
    for (const r of page) {
      const cells = r.dong_goc as Record<string, string>;
      if (!header) {
        header = Object.keys(cells);
        csv.write([...header, 'Trang tính / Sheet', 'Dòng / Row', 'Cột / Column', 'Giá trị / Value', 'Mã lỗi / Code', 'Lỗi', 'Error']);
      }
      csv.write([...header.map((k) => cells[k] ?? ''), r.trang_tinh, r.dong, r.cot, r.gia_tri, r.ma_loi, r.thong_diep_vi, r.thong_diep_en]);
      lines++;
    }
    after = String(page[page.length - 1]!.id);
  }
  csv.end();
  await done;
  return lines;
}
