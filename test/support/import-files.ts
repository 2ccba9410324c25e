import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { sql, type Kysely } from 'kysely';

/** Writes rows as a CSV the way spreadsheet programs save it: optional BOM, `;` or `,`, quoted when needed. */
export async function writeCsv(
  path: string,
  rows: (string | number)[][],
  options: { bom?: boolean; delimiter?: ',' | ';' } = {},
): Promise<void> {
  const d = options.delimiter ?? ',';
  const quote = (v: string | number) => {
    const s = String(v);
    return s.includes(d) || s.includes('"') || s.includes('\n') ? `"${s.replaceAll('"', '""')}"` : s;
  };
  await writeFile(path, `${options.bom ? '\uFEFF' : ''}${rows.map((r) => r.map(quote).join(d)).join('\r\n')}\r\n`);
}

export const HEALTH_BANDS = ['0-2', '3-5', '6-10', '11-15'] as const;
export const HEALTH_HEADER = ['Mã xã', 'Tên xã', 'Ngày khám', 'Loại đợt', 'Đơn vị thực hiện', 'Đội khám'];
const MEASURES = ['Số trẻ được khám', 'Số trẻ chuyển tuyến', 'Số trẻ suy dinh dưỡng'];

/** The health template as a one-row header (flat CSV): `Số trẻ được khám 0-2`, … */
export const healthFlatHeader = () => [...HEALTH_HEADER, ...MEASURES.flatMap((m) => HEALTH_BANDS.map((b) => `${m} ${b}`))];

/** A round row: examined, referred and malnourished per band. */
export function healthRow(
  code: string,
  name: string,
  date: string,
  examined: (number | string)[],
  referred: (number | string)[] = [0, 0, 0, 0],
  malnourished: (number | string)[] = [0, 0, 0, 0],
  type = 'Khám sức khỏe tổng quát',
  team = 'Đội 1',
) {
  return [code, name, date, type, 'Trạm y tế', team, ...examined, ...referred, ...malnourished];
}

/**
 * The health template as an agency's spreadsheet has it: a title row, then a two-row header
 * whose measure names are merged cells over the age bands (`0-2 tuổi`, …), written by exceljs.
 */
export async function writeHealthXlsx(path: string, rows: (string | number)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Báo cáo khám');
  ws.addRow(['BÁO CÁO KẾT QUẢ KHÁM SỨC KHỎE TRẺ EM']);
  ws.mergeCells(1, 1, 1, 18);
  ws.addRow([...HEALTH_HEADER, ...MEASURES.flatMap((m) => [m, '', '', ''])]);
  ws.addRow([...HEALTH_HEADER.map(() => ''), ...MEASURES.flatMap(() => HEALTH_BANDS.map((b) => `${b} tuổi`))]);
  for (let c = 1; c <= HEALTH_HEADER.length; c++) ws.mergeCells(2, c, 3, c);
  MEASURES.forEach((_, i) => ws.mergeCells(2, 7 + i * 4, 2, 10 + i * 4));
  for (const r of rows)
    ws.addRow(r.map((v, i) => (i === 2 && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v)));
  await wb.xlsx.writeFile(path);
}

export const CHILD_HEADER = [
  'Mã trẻ',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Dân tộc',
  'Năm',
  'Mã xã cư trú',
  'Tên xã cư trú',
  'Cư trú từ ngày',
  'Hộ nghèo/cận nghèo',
  'Hoàn cảnh đặc biệt',
];

/** The rejection codes of a batch, by spreadsheet row. */
export async function codesByRow(db: Kysely<any>, batchId: string): Promise<Record<number, string[]>> {
  const rows = await db.selectFrom('loi_nhap').select(['dong', 'ma_loi']).where('ma_lo', '=', batchId).orderBy('id').execute();
  const out: Record<number, string[]> = {};
  for (const r of rows) (out[r.dong] ??= []).push(r.ma_loi);
  return out;
}
/** A checksum of the whole content of some tables (order-independent). */
export async function tableChecksum(db: Kysely<any>, schema: string, tables: string[]): Promise<string> {
  const parts: string[] = [];
  for (const t of tables) {
    const { rows } = await sql<{
      h: string | null;
    }>`select md5(string_agg(md5(x::text), '' order by md5(x::text))) as h from ${sql.id(schema, t)} x`.execute(db);
    parts.push(`${t}:${rows[0]!.h}`);
  }
  return parts.join(' ');
}
