import ExcelJS from 'exceljs';
import type { CommuneReport } from './content.ts';

/** Column headings of the report table, in Vietnamese (the officer's language). */
export const REPORT_COLUMNS = ['Mục', 'Nội dung', 'Số liệu', 'Nguồn số liệu', 'Tính đến'] as const;

function header(r: CommuneReport): [string, string][] {
  return [
    [
      'Đơn vị báo cáo',
      `${r.commune.name}${r.commune.district ? `, ${r.commune.district}` : ''}, ${r.commune.province} (mã ${r.commune.code}, phiên bản từ ${r.commune.validFrom})`,
    ],
    ['Kỳ báo cáo', r.periodLabel],
    ['Hạn gửi báo cáo', r.dueDate ? `${r.dueDate} (${r.dueSource})` : 'không có quy định trong dữ liệu hạn báo cáo'],
    ['Nơi nhận', 'Phòng Lao động - Thương binh và Xã hội cấp huyện'],
    [
      'Dữ liệu',
      r.synthetic ? 'DỮ LIỆU MÔ PHỎNG (synthetic demo data): không dùng để ra quyết định' : 'Dữ liệu các ngành qua đồ thị dữ liệu trẻ em',
    ],
    ['Ô trống', 'Số liệu đồ thị không có: cán bộ xã điền'],
    ['Lập lúc', new Date().toISOString()],
  ];
}

/** The report as an XLSX workbook: one sheet "Báo cáo" with the heading block, then the table. */
export async function reportXlsx(r: CommuneReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Báo cáo');
  sheet.addRow([r.title]).font = { bold: true, size: 14 };
  for (const line of header(r)) sheet.addRow(line);
  sheet.addRow([]);
  sheet.addRow([...REPORT_COLUMNS]).font = { bold: true };
  for (const l of r.lines) sheet.addRow([l.section, l.label, l.value, l.source, l.asOf]);
  sheet.columns.forEach((col, i) => {
    col.width = [34, 56, 16, 70, 26][i];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const escapeHtml = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The report as a printable HTML page (A4, the table repeated per section). */
export function reportHtml(r: CommuneReport): string {
  const sections = [...new Set(r.lines.map((l) => l.section))];
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(r.title)}</title>
<style>
  @page { size: A4; margin: 15mm; }
  body { font-family: "Times New Roman", serif; font-size: 12pt; }
  h1 { font-size: 15pt; text-align: center; } h2 { font-size: 13pt; margin-top: 1.2em; }
  table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #444; padding: 3px 6px; vertical-align: top; }
  td.value { text-align: right; white-space: nowrap; } td.blank { background: #f3f3f3; } .source { font-size: 9pt; color: #333; }
  dl { display: grid; grid-template-columns: 12em 1fr; gap: 2px 8px; }
</style></head><body>
<h1>${escapeHtml(r.title)}</h1>
<dl>${header(r)
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
    .join('')}</dl>
${sections
  .map(
    (s) => `<h2>${escapeHtml(s)}</h2>
<table><thead><tr>${REPORT_COLUMNS.slice(1)
      .map((c) => `<th>${escapeHtml(c)}</th>`)
      .join('')}</tr></thead><tbody>
${r.lines
  .filter((l) => l.section === s)
  .map(
    (l) =>
      `<tr><td>${escapeHtml(l.label)}</td><td class="value${l.value === null ? ' blank' : ''}">${escapeHtml(l.value)}</td><td class="source">${escapeHtml(l.source)}</td><td>${escapeHtml(l.asOf)}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`,
  )
  .join('\n')}
</body></html>
`;
}
