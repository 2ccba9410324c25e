import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxWriter } from '../gateway/extracts/formats.ts';
import { EXTRACT_COLUMNS } from '../gateway/extracts/route.ts';
import { clientToken } from './support/keys.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

let sg: TestSupergraph;
let base: string;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  sg = await startTestSupergraph();
  base = sg.gateway.url.replace(/\/graphql$/, '');
  tokens.ANALYST = await clientToken({ role: 'ANALYST', subject: 'analyst' });
  tokens.MINISTRY = await clientToken({ role: 'MINISTRY', subject: 'ministry' });
  tokens.ADMIN = await clientToken({ role: 'ADMIN', subject: 'admin' });
  tokens.OFFICER = await clientToken({ role: 'OFFICER', subject: 'officer', area: ['01279@2023-12-31'] });
});
afterAll(async () => {
  await sg?.stop();
});

const auth = (role: string) => ({ authorization: `Bearer ${tokens[role]}` });
const get = (path: string, role?: string) => fetch(`${base}${path}`, { headers: role ? auth(role) : {} });
type Row = Record<(typeof EXTRACT_COLUMNS)[number], string>;

async function csvRows(path: string, role: string): Promise<{ text: string; rows: Row[] }> {
  const res = await get(path, role);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  return { text, rows: parse(text, { comment: '#', columns: true, bom: true }) as Row[] };
}

const VALUES = 'indicator value numerator denominator status suppressionReason';
/** What the same caller's queries say for every commune of Cao Bằng in a year, keyed as the extract's rows are. */
async function queriedCommunes(role: string, year: number, geographyDate: string | null = null): Promise<Map<string, string>> {
  const res = await sg.query(
    `query ($year: Int!, $geographyDate: Date) { communeCoverage(year: $year, provinceCode: "04", geographyDate: $geographyDate, first: 1000) {
    nodes { commune { code } values { ${VALUES} } } } }`,
    { year, geographyDate },
    auth(role),
  );
  expect(res.errors).toBeUndefined();
  return new Map(
    res.data.communeCoverage.nodes.flatMap((n: any) =>
      n.values.map((v: any) => [
        `${n.commune.code}|${v.indicator}`,
        [v.value, v.numerator, v.denominator, v.status, v.suppressionReason].map((x) => x ?? '').join('|'),
      ]),
    ),
  );
}
const extracted = (rows: Row[]) =>
  new Map(rows.map((r) => [`${r.code}|${r.indicator}`, [r.value, r.numerator, r.denominator, r.status, r.suppression_reason].join('|')]));

describe('coverage extracts: who may have one', () => {
  it('refuses anonymous callers (401) and analysts (403)', async () => {
    const anonymous = await get('/extracts/coverage.csv?years=2023&provinceCode=04');
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const analyst = await get('/extracts/coverage.csv?years=2023&provinceCode=04', 'ANALYST');
    expect(analyst.status).toBe(403);
    expect(((await analyst.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    const officerNation = await get('/extracts/coverage.csv?level=national&years=2023', 'OFFICER');
    expect(officerNation.status).toBe(403);
  });

  it('refuses bad parameters with a coded error before any byte of a file', async () => {
    for (const [query, argument] of [
      ['level=village', 'level'],
      ['years=2018', 'years'],
      ['years=2025-2019', 'years'],
      ['provinceCode=4', 'provinceCode'],
      ['year=2023', 'year'],
      ['level=national&provinceCode=04', 'provinceCode'],
      ['geographyDate=2025-7-1', 'geographyDate'],
      ['level=district&geographyDate=2025-07-01', 'geographyDate'],
    ]) {
      const res = await get(`/extracts/coverage.csv?${query}`, 'MINISTRY');
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(((await res.json()) as any).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    }
    const unknownIndicator = await get('/extracts/coverage.csv?years=2023&provinceCode=04&indicators=NOPE', 'MINISTRY');
    expect(unknownIndicator.status).toBe(400);
    expect(((await unknownIndicator.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    // A date whose communes the read model does not keep: the coverage subgraph's own refusal.
    const unkept = await get('/extracts/coverage.csv?years=2023&provinceCode=04&geographyDate=2025-03-01', 'MINISTRY');
    expect(unkept.status).toBe(400);
    expect(((await unkept.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('coverage extracts: the same suppression as the API', () => {
  it("a MINISTRY extract equals the MINISTRY's queries, suppressed cells included", async () => {
    const { rows } = await csvRows('/extracts/coverage.csv?level=commune&years=2023-2024&provinceCode=04', 'MINISTRY');
    for (const year of [2023, 2024]) {
      const mine = rows.filter((r) => r.year === String(year));
      expect(extracted(mine)).toEqual(await queriedCommunes('MINISTRY', year));
    }
    const suppressed = rows.filter((r) => r.status === 'SUPPRESSED');
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.every((r) => r.value === '' && r.numerator === '' && r.denominator === '')).toBe(true);
  });

  it("an ADMIN extract equals the ADMIN's queries (nothing suppressed)", async () => {
    const { rows } = await csvRows('/extracts/coverage.csv?level=commune&years=2023&provinceCode=04', 'ADMIN');
    expect(extracted(rows)).toEqual(await queriedCommunes('ADMIN', 2023));
    expect(rows.filter((r) => r.status === 'SUPPRESSED')).toEqual([]);
  });

  it("an OFFICER's extract holds only their area, and equals their queries there", async () => {
    const { rows } = await csvRows('/extracts/coverage.csv?level=commune&years=2023', 'OFFICER');
    expect(new Set(rows.map((r) => r.code))).toEqual(new Set(['01279']));
    const mine = await queriedCommunes('OFFICER', 2023);
    const expected = new Map([...mine].filter(([key]) => key.startsWith('01279|')));
    expect(extracted(rows)).toEqual(expected);
    const wider = await csvRows('/extracts/coverage.csv?level=province&years=2023', 'OFFICER');
    expect(wider.rows).toEqual([]);
  });

  it('province and district extracts carry the rolled-up values the API gives the caller', async () => {
    const { rows } = await csvRows('/extracts/coverage.csv?level=province&years=2023&provinceCode=04', 'MINISTRY');
    const res = await sg.query(`{ province(code: "04", date: "2023-12-31") { coverage(year: 2023) { ${VALUES} } } }`, {}, auth('MINISTRY'));
    expect(rows.map((r) => [r.indicator, r.value, r.status])).toEqual(
      res.data.province.coverage.map((v: any) => [v.indicator, v.value === null ? '' : String(v.value), v.status]),
    );
    const districts = await csvRows('/extracts/coverage.csv?level=district&years=2023&provinceCode=04', 'MINISTRY');
    expect(new Set(districts.rows.map((r) => r.province_code))).toEqual(new Set(['04']));
    expect(districts.rows.length).toBeGreaterThan(rows.length);
  });

  it("on today's geography, a MINISTRY extract equals the MINISTRY's queries on that basis, and says so", async () => {
    const { text, rows } = await csvRows(
      '/extracts/coverage.csv?level=commune&years=2023-2025&provinceCode=04&geographyDate=2025-07-01',
      'MINISTRY',
    );
    expect(text).toContain('# Geography basis: On the geography of 2025-07-01');
    for (const year of [2023, 2024, 2025]) {
      const mine = rows.filter((r) => r.year === String(year));
      expect(mine.length).toBeGreaterThan(0);
      expect(extracted(mine)).toEqual(await queriedCommunes('MINISTRY', year, '2025-07-01'));
    }
    // Every row is a commune in force on that date, whatever its year, and names its basis.
    expect(rows.every((r) => r.geography_date === '2025-07-01' && r.valid_from <= '2025-07-01' && r.valid_until === '')).toBe(true);
    expect(rows.every((r) => (r.estimate_methods !== '') === r.data_quality.split('|').includes('ESTIMATED'))).toBe(true);
    // As filed the same years are on each year's own communes: the basis column stays empty.
    const filed = await csvRows('/extracts/coverage.csv?level=province&years=2024&provinceCode=04', 'MINISTRY');
    expect(filed.rows.every((r) => r.geography_date === '' && r.estimate_methods === '')).toBe(true);
    const onToday = await csvRows('/extracts/coverage.csv?level=province&years=2024&provinceCode=04&geographyDate=2025-07-01', 'MINISTRY');
    const res = await sg.query(
      `{ province(code: "04", date: "2025-07-01") { coverage(year: 2024, geographyDate: "2025-07-01") { indicator numerator denominator } } }`,
      {},
      auth('MINISTRY'),
    );
    expect(onToday.rows.map((r) => [r.indicator, r.numerator, r.denominator])).toEqual(
      res.data.province.coverage.map((v: any) => [v.indicator, String(v.numerator ?? ''), String(v.denominator ?? '')]),
    );
  });
});

describe('coverage extracts: the files', () => {
  it('CSV states its provenance in a header block, then one row per area, year and indicator', async () => {
    const { text, rows } = await csvRows(
      '/extracts/coverage.csv?level=commune&years=2023&provinceCode=04&indicators=CHECKUP_COVERAGE',
      'MINISTRY',
    );
    const block = text
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .join('\n');
    for (const label of ['Source', 'Sector data: SYNTHETIC', 'Refreshed at', 'Suppression', 'Geography basis: As filed'])
      expect(block).toContain(`# ${label}`);
    expect(text.split('\n').find((l) => !l.startsWith('#'))).toBe(EXTRACT_COLUMNS.join(','));
    expect(new Set(rows.map((r) => r.indicator))).toEqual(new Set(['CHECKUP_COVERAGE']));
    expect(rows[0]).toMatchObject({ year: '2023', level: 'commune', province_code: '04', province_name: 'Cao Bằng' });
    expect(rows.every((r) => r.refreshed_at !== '' || r.status === 'NO_DATA')).toBe(true);
  });

  it('XLSX has an About sheet and the same rows as the CSV', async () => {
    const path = 'level=commune&years=2023&provinceCode=04';
    const { rows } = await csvRows(`/extracts/coverage.csv?${path}`, 'MINISTRY');
    const res = await get(`/extracts/coverage.xlsx?${path}`, 'MINISTRY');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="coverage-commune-2023-04.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual(['About', 'Coverage']);
    const about = book.getWorksheet('About')!.getColumn(1).values;
    expect(about).toEqual(expect.arrayContaining(['Source', 'Sector data', 'Refreshed at', 'Suppression', 'Geography basis']));
    const sheet = book.getWorksheet('Coverage')!;
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect(sheet.getRow(2).getCell(4).value).toBe(rows[0]!.name);
  });

  it('XLSX splits the data at the sheet row limit, each sheet with its column names', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const writer = await xlsxWriter(out, [['Source', 'test']], ['a', 'b'], 3);
    for (let i = 1; i <= 5; i++) await writer.write([i, `r${i}`]);
    await writer.end();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as never);
    expect(book.worksheets.map((s) => [s.name, s.getColumn(1).values.slice(1)])).toEqual([
      ['About', ['Source']],
      ['Coverage', ['a', 1, 2]],
      ['Coverage 2', ['a', 3, 4]],
      ['Coverage 3', ['a', 5]],
    ]);
  });
});
