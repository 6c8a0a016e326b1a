// The JS/WASM module (dist/js, built by .ci/build-js): its API from Node, the Node example script, and the
// plain HTML example page in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, root, artifacts } from './browser.mjs';
import { serve } from './server.mjs';

const dist = join(root, 'dist', 'js');
assert.ok(existsSync(join(dist, 'tthc.js')), `expected the module in ${dist} (run .ci/build-js), found none`);
const tthc = await import(join(dist, 'tthc.js'));
tthc.initSync({ module: readFileSync(join(dist, 'tthc_bg.wasm')) });

test('the module checks, costs, renders and migrates like the command line', () => {
  const file = tthc.sample();
  const checked = tthc.check(file);
  assert.deepEqual(checked.summary, { errors: 0, warnings: 0, infos: 3 });
  assert.equal(checked.findings[0].code, 'control-unit');
  assert.match(tthc.check(file, 'en').findings[0].message, /^Decision of the provincial People's Committee: the Office of the provincial People's Committee must comment/);

  const cost = tthc.cost(JSON.parse(file)); // a plain object works as well as a string
  assert.equal(cost.ruleset, 'tt03-2022@2');
  assert.equal(cost.procedures[1].annual_saving, '615825000');
  assert.equal(cost.total.annual_cost_before, '1775131818.1818181818181818182');

  const html = tthc.render(file, { format: 'html', lang: 'vi', date: '2026-11-26' });
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /Hà Nội, ngày 26 tháng 11 năm 2026/);
  assert.match(tthc.render(file, { date: '2026-11-26', appraisal: true }), /# BÁO CÁO\n\n\*\*Thẩm định quy định về thủ tục hành chính tại dự thảo/);
  assert.match(html, new RegExp(tthc.fingerprint(file)));

  const v1 = readFileSync(join(root, 'tests', 'fixtures', 'files', 'schema-v1.json'), 'utf8');
  assert.match(tthc.migrate(v1), /"schema_version": 4/);
  assert.equal(tthc.schema('ruleset').title, 'TTHC ruleset');
  const changed = JSON.parse(file);
  changed.procedures.pop();
  assert.equal(tthc.diff(file, changed).removed[0].id, 'p3');
});

test('the module opens a file with a byte-order mark, as bytes or text, and says what it renamed', () => {
  const file = tthc.sample();
  const plain = tthc.check(file);
  const utf8 = new TextEncoder().encode(file);
  const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
  assert.deepEqual(tthc.check(withMark), plain, 'UTF-8 bytes with the mark');
  assert.deepEqual(tthc.check('\ufeff' + file), plain, 'text with the mark');
  const units = [0xff, 0xfe];
  for (let i = 0; i < file.length; i++) units.push(file.charCodeAt(i) & 0xff, file.charCodeAt(i) >> 8);
  assert.deepEqual(tthc.check(new Uint8Array(units)), plain, 'UTF-16 as Notepad saves "Unicode"');
  assert.equal(tthc.migrate(withMark), tthc.migrate(file));
  assert.throws(() => tthc.check(new Uint8Array([0x7b, 0xff])), { message: /^expected text in UTF-8 \(or UTF-16 with a byte-order mark\), found bytes that are not text at byte 1/ });

  const twice = file.replace('"id": "p2"', '"id": "p1"');
  const checked = tthc.check(twice);
  assert.equal(checked.findings[0].code, 'id-renamed');
  assert.equal(checked.findings[0].path, 'procedures/p4');
  assert.ok(checked.summary.warnings > plain.summary.warnings, 'counted with the others');
  assert.match(tthc.migrate(twice), /"id": "p4"/);
});

test('a local ruleset: linted, used for checks and documents, embedded copies checked against their digest', () => {
  const bundled = JSON.parse(readFileSync(join(root, 'core', 'data', 'rulesets', 'tt03-2022.v2.json'), 'utf8'));
  const local = structuredClone(bundled);
  local.id = 'tt03-2022-da-nang';
  local.version = 1;
  local.forms[2].sections[1].items[0].text.vi = 'Căn cứ pháp lý (câu chữ do Sở Tư pháp Đà Nẵng sửa)';
  const linted = tthc.lintRuleset(local);
  assert.equal(linted.ruleset, 'tt03-2022-da-nang@1');
  assert.equal(linted.messages.filter((m) => m.level === 'error').length, 0);
  assert.match(linted.sha256, /^[0-9a-f]{64}$/);
  const broken = structuredClone(local);
  broken.short_circuits[0].when.answer.item = 'tt03.nowhere';
  assert.ok(tthc.lintRuleset(broken).messages.some((m) => m.level === 'error'));
  assert.throws(() => tthc.check(tthc.sample(), 'vi', broken), { message: /^expected a ruleset without lint errors/ });

  const md = tthc.render(tthc.sample(), { date: '2026-12-01', ruleset: JSON.stringify(local) });
  assert.match(md, /Căn cứ pháp lý \(câu chữ do Sở Tư pháp Đà Nẵng sửa\)/);
  assert.ok(md.includes(linted.sha256), 'the document names the ruleset by its digest');

  // A file that embeds the local ruleset opens with its wording; a changed copy is refused.
  const file = JSON.parse(tthc.sample());
  delete file.recorded_cost;
  file.ruleset = { id: local.id, version: local.version, sha256: linted.sha256 };
  file.ruleset_copy = local;
  const embedded = tthc.render(file, { date: '2026-12-01' });
  assert.match(embedded, /Căn cứ pháp lý \(câu chữ do Sở Tư pháp Đà Nẵng sửa\)/);
  file.ruleset_copy.forms[2].sections[1].items[0].text.vi = 'Sửa lén';
  assert.throws(() => tthc.check(file), { message: /its wording was changed after the file was saved/ });
});

test('the module throws the same messages as the command line', () => {
  assert.throws(() => tthc.check('{}'), { message: 'expected an assessment file ("format": "tthc-assessment"), found an object without "format"' });
  assert.throws(() => tthc.cost('not json'), { message: /^expected a JSON document, found invalid JSON at line 1, column 2/ });
  assert.throws(() => tthc.render(tthc.sample(), { format: 'pdf', date: '2026-11-26' }), { message: 'expected format "md" or "html", found "pdf"' });
  assert.throws(() => tthc.render(tthc.sample(), {}), { message: 'expected a date option (YYYY-MM-DD), found none' });
  assert.throws(() => tthc.schema('other'), { message: /^expected "assessment", "ruleset" or "cost-result"/ });
});

test('the Node example script', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'tthc-')), 'dossier.html');
  const sample = join(root, 'core', 'data', 'sample', 'hanoi-he-pho.json');
  const ok = spawnSync(process.execPath, [join(root, 'js', 'examples', 'node.mjs'), sample, out], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /findings: 0 errors, 0 warnings, 3 infos/);
  assert.match(ok.stdout, /annual cost after: 5986392045\.4545454545454545455/);
  assert.match(readFileSync(out, 'utf8'), /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
  const bad = spawnSync(process.execPath, [join(root, 'js', 'examples', 'node.mjs'), join(root, 'Cargo.toml')], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^tthc: expected a JSON document/);
});

test('the plain HTML example page uses the module in a browser', async () => {
  const server = await serve(dist);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(server.url);
    await page.getByText('sẵn sàng / ready').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra / Check' }).click();
    await page.getByRole('status').filter({ hasText: '0 lỗi, 0 cảnh báo, 3 thông tin' }).waitFor();
    await page.getByRole('button', { name: 'Tính chi phí / Cost' }).click();
    assert.match(await page.locator('#out').textContent(), /"annual_saving": "615825000"/);
    await page.getByLabel('Tệp đánh giá (JSON) / Assessment file').fill('{ "broken": ');
    await page.getByRole('button', { name: 'Kiểm tra / Check' }).click();
    await page.getByRole('status').filter({ hasText: 'expected a JSON document' }).waitFor();
    await page.screenshot({ path: join(artifacts, 'screenshots', 'js-module-page.png') });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
