/**
 * The old and the new suppression pattern on the demo the tests use (provinces 04 and 40, seed 8,
 * 30 children per commune), audited by LP: `npm run bench:suppression -- --demo` is the national
 * table; this is `node bench/suppression-demo.ts`. Starts the test supergraph on port 0 over
 * fresh schemas (PostgreSQL as in the tests), reads every commune as ADMIN, and prints per year
 * the old pattern's failures and the stored pattern's audit.
 */
import { audit } from '../subgraphs/coverage/disclosure-audit.ts';
import { readRegistryFile, SUPPRESSION_K, SUPPRESSION_P } from '../subgraphs/coverage/registry.ts';
import type { CommuneCell } from '../subgraphs/coverage/suppression.ts';
import { clientToken } from '../test/support/keys.ts';
import { startTestSupergraph } from '../test/support/supergraph.ts';
import { legacySystem } from './suppression-tables.ts';

const sensitive = readRegistryFile().filter((i) => i.sensitive);
const protection = { k: SUPPRESSION_K, p: SUPPRESSION_P };
const sg = await startTestSupergraph({ demo: { seed: 8, provinces: ['04', '40'], childrenPerCommune: 30 } });
try {
  const admin = { authorization: `Bearer ${await clientToken({ subject: 'admin', role: 'ADMIN' })}` };
  for (const year of [2023, 2024, 2025]) {
    const date = `${year}-12-31`;
    const cells: CommuneCell[] = [];
    for (const province of ['04', '40']) {
      const res = await sg.query(`query($year: Int!, $ids: [String!], $province: String!, $date: Date!) {
        communes(provinceCode: $province, date: $date, first: 1000) { nodes { code validFrom district { code } classifications(date: $date) { kind }
          coverage(year: $year, indicators: $ids) { indicator numerator denominator } } } }`, { year, ids: sensitive.map((i) => i.id), province, date }, admin);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      for (const n of res.data.communes.nodes) {
        cells.push({
          key: `${n.code}|${n.validFrom}`, provinceCode: province, districtCode: n.district?.code ?? null, classes: n.classifications.map((c: { kind: string }) => c.kind),
          terms: Object.fromEntries(n.coverage.map((v: any) => [v.indicator, { numerator: v.numerator ?? 0, denominator: v.denominator ?? 0 }])),
        });
      }
    }
    const old = await audit(legacySystem(sensitive, cells, protection.k), protection);
    const byRule: Record<string, number> = {};
    for (const f of old.failures) byRule[`${f.rule}${f.insider ? '_INSIDER' : ''}`] = (byRule[`${f.rule}${f.insider ? '_INSIDER' : ''}`] ?? 0) + 1;
    const communeFailures = new Set(old.failures.filter((f) => f.area.startsWith('commune:') && f.insider === null).map((f) => `${f.area}|${f.indicator}`)).size;
    const stored = await sg.query(`query($year: Int!) { suppressionAudit(year: $year) { communes cells primaryHidden hidden rounds lps checked failures worstLowMargin worstHighMargin seconds } }`, { year }, admin);
    console.log(JSON.stringify({ year, communes: cells.length, old: { failures: old.failures.length, byRule, communeCellsFailingForOutsiders: communeFailures, lps: old.lps }, new: stored.data.suppressionAudit }));
  }
} finally {
  await sg.stop();
}
