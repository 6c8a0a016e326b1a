// Checks and costs an assessment file with the JS/WASM module from Node, and writes its HTML dossier.
//   node js/examples/node.mjs [FILE] [OUT.html]     (the sample draft when no FILE is given)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initSync, check, cost, render, sample, fingerprint } from '../../dist/js/tthc.js';

const here = dirname(fileURLToPath(import.meta.url));
initSync({ module: readFileSync(join(here, '..', '..', 'dist', 'js', 'tthc_bg.wasm')) });

const [, , path, out] = process.argv;
const text = path ? readFileSync(path, 'utf8') : sample();
try {
  const { summary, findings } = check(text, 'en');
  console.log(`findings: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos`);
  for (const f of findings.filter((f) => f.severity === 'error')) console.log(`  error[${f.code}] ${f.path}`);
  const { total } = cost(text);
  console.log(`annual cost before: ${total.annual_cost_before}`);
  console.log(`annual cost after: ${total.annual_cost_after}`);
  console.log(`fingerprint: ${fingerprint(text)}`);
  if (out) {
    writeFileSync(out, render(text, { format: 'html', lang: 'vi', date: '2026-11-26' }));
    console.log(`dossier written to ${out}`);
  }
  process.exitCode = summary.errors > 0 ? 1 : 0;
} catch (e) {
  console.error(`tthc: ${e.message}`);
  process.exitCode = 2;
}
