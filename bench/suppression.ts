/**
 * What the suppression pattern and its LP audit cost for one national year (`npm run
 * bench:suppression`): 10,599 communes of the real directory with random small counts, the
 * pattern computed to the audit's fixed point (outsiders and insiders), seconds and peak memory.
 * `-- --scale=4` draws four times larger counts (fewer primary, more complementary cells);
 * `-- --legacy` also audits the old pattern (two hidden members per visible total) as an outsider
 * reads it (with every officer it needs LPs on components of hundreds of communes per officer).
 */
import { audit } from '../subgraphs/coverage/disclosure-audit.ts';
import { readRegistryFile, SUPPRESSION_K, SUPPRESSION_P } from '../subgraphs/coverage/registry.ts';
import { aggregatesOf, suppressedAreas } from '../subgraphs/coverage/suppression.ts';
import { auditedForPublication } from '../subgraphs/coverage/publication.ts';
import { directoryCommunes, legacySystem, syntheticCells } from './suppression-tables.ts';

// Exit cleanly on Ctrl-C, so --cpu-prof still writes its profile.
process.on('SIGINT', () => process.exit(130));

const sensitive = readRegistryFile().filter(auditedForPublication);
const args = process.argv.slice(2);
const provinces = args
  .find((a) => a.startsWith('--provinces='))
  ?.slice('--provinces='.length)
  .split(',');
const limit = Number(args.find((a) => a.startsWith('--limit='))?.slice('--limit='.length) ?? Infinity);
const communes = directoryCommunes()
  .filter((c) => !provinces || provinces.includes(c.provinceCode))
  .slice(0, limit);
// --scale=N multiplies the counts: fewer primary cells, more complementary ones.
const scale = Number(args.find((a) => a.startsWith('--scale='))?.slice('--scale='.length) ?? 1);
const cells = syntheticCells(sensitive, communes, Number(args.find((a) => a.startsWith('--seed='))?.slice(7) ?? 1), scale);
const protection = { k: SUPPRESSION_K, p: SUPPRESSION_P };
const mib = (kb: number) => Math.round(kb / 1024);

console.log(
  `${cells.length} communes, ${new Set(cells.map((c) => c.provinceCode)).size} provinces, counts ×${scale}, k=${protection.k}, P=${protection.p}`,
);
if (args.includes('--legacy')) {
  const started = performance.now();
  const before = await audit(legacySystem(sensitive, cells, protection.k), protection, { insiders: false });
  const byRule: Record<string, number> = {};
  for (const f of before.failures)
    byRule[`${f.rule}${f.insider ? ' (insider)' : ''}`] = (byRule[`${f.rule}${f.insider ? ' (insider)' : ''}`] ?? 0) + 1;
  console.log(
    `old pattern, outsider: ${before.failures.length} failures ${JSON.stringify(byRule)}, ${before.lps} LPs, ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
const cpu = process.cpuUsage();
const started = performance.now();
const result = await suppressedAreas(sensitive, cells, protection);
const seconds = (performance.now() - started) / 1000;
const areas = result.audit.checked;
const cpuSeconds = Object.values(process.cpuUsage(cpu)).reduce((a, b) => a + b, 0) / 1e6;
console.log(
  JSON.stringify({
    seconds: Number(seconds.toFixed(1)),
    cpuSeconds: Number(cpuSeconds.toFixed(1)),
    areas: cells.length + new Set(cells.flatMap((c) => aggregatesOf(c))).size,
    peakRssMiB: mib(process.resourceUsage().maxRSS),
    rounds: result.rounds,
    primaryHiddenAreas: result.primary,
    hiddenAreas: result.hidden.size,
    hiddenCommunes: [...result.hidden].filter((a) => a.startsWith('commune:')).length,
    lps: result.audit.lps,
    termsChecked: areas,
    components: result.audit.components,
    largestComponent: result.audit.largestComponent,
    worstLowMargin: result.audit.worstLowMargin,
    worstHighMargin: result.audit.worstHighMargin,
    failures: result.audit.failures.length,
  }),
);
