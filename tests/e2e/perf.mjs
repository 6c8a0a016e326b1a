// The app's performance report (printed; nothing is asserted): transfer size of the first load (raw, gzip,
// brotli), time from navigation to interactive (median of 5 cold loads), input latency (dispatch → DOM
// updated) on a generated 100-procedure draft, JS heap and WebAssembly memory.
//
//   node tests/e2e/perf.mjs DIST_APP DRAFT_100_JSON        (tests/perf/web builds both and runs this)
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';

const [dist, draftPath] = process.argv.slice(2);
const draft = readFileSync(draftPath, 'utf8');
const server = await serve(dist);
const browser = await launch(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };

/** A fresh context (cold cache, empty storage), optionally with the work already stored. */
async function fresh(stored) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (stored) await context.addInitScript((text) => { if (!localStorage.getItem('tthc.work')) localStorage.setItem('tthc.work', text); }, stored);
  const page = await context.newPage();
  page.on('pageerror', (e) => { throw e; });
  return page;
}

// 1. Transfer size of the first load: every file the browser fetched, compressed as a server would.
const page = await fresh();
const fetched = [];
page.on('response', (r) => fetched.push(new URL(r.url()).pathname));
await page.goto(server.url);
await page.waitForSelector('#page-title');
await page.waitForTimeout(300);
const sizes = (paths) => paths.reduce((acc, path) => {
  const body = readFileSync(join(dist, path === '/' ? 'index.html' : path));
  acc.raw += body.length;
  acc.gzip += gzipSync(body, { level: 9 }).length;
  acc.brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  acc.files.push(`${path === '/' ? '/index.html' : path} ${kb(body.length)}`);
  return acc;
}, { raw: 0, gzip: 0, brotli: 0, files: [] });
const first = sizes([...new Set(fetched)]);
const engine = sizes(['/render/tthc.js', '/render/tthc_bg.wasm']);
await page.context().close();

// 2. Navigation to interactive (the app's first render: `tthc-interactive`), median of 5 cold loads.
async function interactive(hash, stored) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const p = await fresh(stored);
    await p.goto(server.url + hash);
    await p.waitForSelector('#page-title');
    times.push(await p.evaluate(() => performance.getEntriesByName('tthc-interactive')[0]?.startTime ?? NaN));
    await p.context().close();
  }
  return times;
}
const ttiEmpty = await interactive('', null);
const ttiSample = await interactive('#sample', null);
const tti100 = await interactive('', draft);

// 3. Input latency on the 100-procedure draft: a change dispatched in the page, timed until every
// microtask (the app's update and render) has run.
const p100 = await fresh(draft);
await p100.goto(server.url);
await p100.waitForSelector('#page-title');
async function go(name, sub) {
  await p100.locator(sub ? 'nav.side .sub .nav-link' : 'nav.side .nav-link', { hasText: name }).first().click();
  await p100.waitForSelector('#page-title');
}
async function keystrokes(id, n = 40, digits = false) {
  return p100.evaluate(async ({ id, n, digits }) => {
    const el = document.getElementById(id);
    if (!el) throw new Error(`expected #${id}, found none`);
    const afterTasks = () => new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(); c.port2.postMessage(0); });
    const out = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      el.value = digits ? String(2 + (i % 7)) : el.value + (i % 2 ? 'a' : 'b');
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await afterTasks();
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
    return out;
  }, { id, n, digits });
}
const latency = {};
await go('Thông tin dự thảo');
latency['the draft\'s title'] = await keystrokes('draft.title');
await go('Thủ tục hành chính');
const t0 = Date.now();
await p100.locator('li.procedure button.link').nth(49).click();
await p100.waitForSelector('#page-title');
const openProcedure = Date.now() - t0;
await go('Bộ phận tạo thành', true);
latency['procedure 50, a component field'] = await keystrokes('procedures/p50/before/name/value');
await go('Biểu mẫu đánh giá', true);
const reason = await p100.locator('.item textarea').first().getAttribute('id');
latency['procedure 50, a reason in the form'] = await keystrokes(reason);
await go('Chi phí tuân thủ', true);
const hours = await p100.locator('table.activities input[inputmode=decimal]').first().getAttribute('id');
latency['procedure 50, hours of an activity (live cost)'] = await keystrokes(hours, 40, true);
const appMeasures = await p100.evaluate(() => performance.getEntriesByName('tthc-update').map((e) => e.duration));
// The work done when typing pauses: autosave of the whole file and the findings for the navigation.
const pauses = [];
for (let i = 0; i < 5; i++) {
  await p100.evaluate(() => { const el = document.querySelector('table.activities input[inputmode=decimal]'); el.value = String(3 + Math.random()).slice(0, 4); el.dispatchEvent(new Event('input', { bubbles: true })); });
  await p100.waitForTimeout(600);
}
pauses.push(...await p100.evaluate(() => performance.getEntriesByName('tthc-pause').map((e) => e.duration)));
await p100.evaluate(() => globalThis.gc?.());
const memory = await p100.evaluate(() => ({ heap: performance.memory?.usedJSHeapSize ?? NaN, wasm: globalThis.tthcWasmMemoryBytes?.() ?? NaN }));
await p100.context().close();
await browser.close();
await server.close();

const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`TTHC workbench — performance report (${new Date().toISOString().slice(0, 10)}, headless Chromium, localhost)`);
console.log('\nFirst load (every file fetched before the app is interactive):');
for (const f of first.files) console.log(`  ${f}`);
console.log(`  total: ${kb(first.raw)} raw, ${kb(first.gzip)} gzip, ${kb(first.brotli)} brotli   (aim: ≤ 300 KB gzip)`);
console.log(`Document engine, loaded when a document is first asked for: ${kb(engine.raw)} raw, ${kb(engine.gzip)} gzip, ${kb(engine.brotli)} brotli`);
console.log('\nNavigation → interactive, 5 cold loads each (aim: ≤ 200 ms):');
console.log(`  start page:                 median ${ms(median(ttiEmpty))}  [${ttiEmpty.map(ms).join(', ')}]`);
console.log(`  sample (#sample):           median ${ms(median(ttiSample))}  [${ttiSample.map(ms).join(', ')}]`);
console.log(`  100-procedure draft stored: median ${ms(median(tti100))}  [${tti100.map(ms).join(', ')}]`);
console.log(`\nInput latency on the 100-procedure draft (${statSync(draftPath).size} bytes), dispatch → DOM updated (aim: ≤ 8 ms per keystroke):`);
for (const [what, xs] of Object.entries(latency)) {
  console.log(`  ${what}: median ${ms(median(xs))}, p95 ${ms(pct(xs, 0.95))}, max ${ms(Math.max(...xs))} (${xs.length} keystrokes)`);
}
console.log(`  the app's own measure (dispatch → after render), all of the above: median ${ms(median(appMeasures))}, p95 ${ms(pct(appMeasures, 0.95))}`);
console.log(`  opening procedure 50 from the list: ${openProcedure} ms`);
console.log(`  when typing pauses (${pauses.length}×): autosave of the whole file + findings for the navigation: median ${ms(median(pauses))}, max ${ms(Math.max(...pauses))}`);
console.log('\nMemory with the 100-procedure draft open:');
console.log(`  JS heap used: ${(memory.heap / 1048576).toFixed(1)} MB; WebAssembly memory: ${(memory.wasm / 1048576).toFixed(1)} MB`);
