import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { getDirectory, inForceOn } from '../lib/directory/lineage.ts';

/**
 * Writes a synthetic national child list in the labour template (CSV, UTF-8 with BOM, `;` as
 * Vietnamese Excel saves it): `children` children, each listed for 2023 and 2024, living in
 * communes in force on 1 March 2023 (pre-reform codes, valid through 2024). Deterministic.
 */
export async function writeChildList(path: string, children: number, options: { provinces?: string[] } = {}): Promise<number> {
  const communes = [...getDirectory().byId.values()]
    .filter((v) => v.level === 'commune' && inForceOn(v, '2023-03-01') && inForceOn(v, '2024-12-31'))
    .filter((v) => !options.provinces || options.provinces.includes(v.provinceCode))
    .map((v) => v.code);
  const out = createWriteStream(path);
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(
    '\uFEFFMã trẻ;Họ và tên;Ngày sinh;Giới tính;Dân tộc;Năm;Mã xã cư trú;Cư trú từ ngày;Hộ nghèo/cận nghèo;Hoàn cảnh đặc biệt\r\n',
  );
  const ethnic = ['Kinh', 'Kinh', 'Kinh', 'Tày', 'Thái', 'Mường', "H'Mông"];
  let rows = 0;
  for (let i = 0; i < children; i++) {
    const code = communes[(i * 7919) % communes.length]!;
    const birth = `${2010 + (i % 14)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const since = birth > '2023-03-01' ? birth : '2023-03-01';
    const poverty = i % 9 === 0 ? 'Nghèo' : i % 9 === 1 ? 'Cận nghèo' : 'Không';
    const special = i % 23 === 0 ? `${1 + (i % 16)}` : '';
    for (const year of [2023, 2024]) {
      if (since > `${year}-12-31`) continue;
      await write(
        `TE${String(i).padStart(9, '0')};Trẻ ${i};${birth};${i % 2 ? 'Nam' : 'Nữ'};${ethnic[i % ethnic.length]};${year};${code};${since};${poverty};${special}\r\n`,
      );
      rows++;
    }
  }
  out.end();
  await once(out, 'finish');
  return rows;
}
