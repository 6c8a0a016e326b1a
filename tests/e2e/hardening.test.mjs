// Odd and hostile situations in the app, in headless Chromium: files saved by Windows editors (a
// byte-order mark, UTF-16) opened with the button, dropped on the start page and restored from the
// browser's storage; ids used twice said with the opening; a tab that crashes mid-typing; the browser's
// storage really full while a large draft is open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, open, watch, noConsoleErrors, byId, nav, title, saved, download, screenshot } from './app.mjs';
import { root } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const sample = readFileSync(join(root, 'core', 'data', 'sample', 'hanoi-he-pho.json'), 'utf8');
const withMark = (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
const utf16 = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

test('a file saved with a byte-order mark opens with the button; one saved as UTF-16 opens when dropped', async () => {
  const page = await open(env);
  await byId(page, 'open-work').setInputFiles({ name: 'notepad.json', mimeType: 'application/json', buffer: withMark(sample) });
  await page.locator('#notice', { hasText: 'Đã mở tệp notepad.json' }).waitFor();
  assert.equal(await title(page), 'Thông tin dự thảo');
  assert.match(await byId(page, 'draft.title').inputValue(), /Quyết định/);

  // Back to the start page, then drop a UTF-16 file ("Unicode" in Notepad) on the appraisal card.
  const again = await open(env);
  const bytes = [...utf16(sample)];
  const dropped = await again.evaluateHandle((b) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(b)], 'unicode.json', { type: 'application/json' }));
    return data;
  }, bytes);
  const zone = again.locator('.drop-zone').filter({ has: again.locator('#open-appraise') });
  await zone.dispatchEvent('dragover', { dataTransfer: dropped });
  assert.match(await zone.getAttribute('class'), /over/, 'the zone shows that it takes the file');
  await zone.dispatchEvent('drop', { dataTransfer: dropped });
  await again.locator('#notice', { hasText: 'Đã mở tệp unicode.json' }).waitFor();
  assert.match(await title(again), /^Thẩm định/, 'a file dropped to appraise opens on the appraisal');
  noConsoleErrors(page);
  noConsoleErrors(again);
  await page.context().close();
  await again.context().close();
});

test('work restored with a byte-order mark and ids used twice opens, and the notice says what was renamed', async () => {
  const twice = sample.replace('"id": "p2"', '"id": "p1"');
  const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript((text) => { if (!localStorage.getItem('tthc.work')) localStorage.setItem('tthc.work', text); }, `\ufeff${twice}`);
  const restored = await watch(await context.newPage(), env.url);
  const notice = restored.locator('#notice');
  await notice.waitFor();
  const words = await notice.innerText();
  assert.match(words, /Đã mở lại bản lưu tự động/);
  assert.match(words, /Thủ tục thứ 2 \(.+\) có cùng mã định danh với thủ tục thứ 1/);
  assert.doesNotMatch(words, /\bp[0-9]\b/, 'no internal id is shown');
  await screenshot(restored, '30-renamed-on-restore');
  await notice.locator('button.go').click();
  await restored.waitForSelector('#page-title');
  assert.equal(await restored.evaluate(() => document.activeElement?.id), 'procedures/p4', 'the finding leads to the renamed procedure');
  noConsoleErrors(restored);
  await context.close();
});

test('a tab that crashes mid-typing loses at most what was typed since the last pause', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await watch(await context.newPage(), `${env.url}#sample`);
  await saved(page);
  await nav(page, 'Thông tin dự thảo');
  const field = byId(page, 'draft.title');
  await field.fill('Tên đã dừng gõ');
  await saved(page);
  const paused = await page.evaluate(() => localStorage.getItem('tthc.work'));
  assert.match(paused, /Tên đã dừng gõ/);
  // Typing goes on; before the pause is over the renderer dies: no pagehide, no unload, no visibility change.
  await field.pressSequentially(' và tiếp tục', { delay: 5 });
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  cdp.send('Page.crash').catch(() => {});
  await crashed;
  page.errors.length = 0;
  const reopened = await watch(await context.newPage(), env.url);
  assert.match(await reopened.locator('#save-status').innerText(), /khôi phục/);
  await nav(reopened, 'Thông tin dự thảo');
  const value = await byId(reopened, 'draft.title').inputValue();
  assert.ok(value.startsWith('Tên đã dừng gõ'), `the paused typing is kept, found "${value}"`);
  assert.ok('Tên đã dừng gõ và tiếp tục'.startsWith(value), `nothing else changed, found "${value}"`);
  noConsoleErrors(reopened);
  await context.close();
});

test('the browser storage really full while a large draft is open: the work stays and the download is offered', async () => {
  const page = await open(env, { hash: '#sample' });
  await saved(page);
  // A large draft: the sample's procedures forty times over (120 procedures).
  const big = JSON.parse(sample);
  const base = big.procedures;
  big.procedures = [];
  for (let i = 0; i < 40; i++) {
    for (const p of base) big.procedures.push({ ...structuredClone(p), id: `p${big.procedures.length + 1}` });
  }
  delete big.recorded_cost;
  big.consultation.comments = [];
  const text = JSON.stringify(big, null, 2);
  // Fill the origin's real quota with other data, leaving less room than the draft needs.
  const filled = await page.evaluate((need) => {
    let total = 0;
    for (let size = 1 << 20; size >= 1024; size >>= 1) {
      for (;;) {
        try { localStorage.setItem(`filler-${total}`, 'x'.repeat(size)); total += size; } catch { break; }
      }
    }
    localStorage.removeItem('filler-0');
    return { total, need };
  }, text.length);
  assert.ok(filled.total > 1 << 20, `the quota was filled (${filled.total} characters)`);
  await byId(page, 'open-top').setInputFiles({ name: 'lon.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const alert = page.locator('#storage-failed');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Không lưu được vào bộ nhớ của trình duyệt \(QuotaExceededError/);
  await screenshot(page, '31-storage-really-full');
  await nav(page, 'Thủ tục hành chính');
  assert.equal(await page.locator('li.procedure').count(), 120, 'the large draft is open in the page');
  const file = await download(page, alert.locator('button.download-work'));
  assert.equal(JSON.parse(file.text).procedures.length, 120, 'the download holds all of it');
  // The last work that could be saved is still in storage, not overwritten by half a draft.
  const stored = await page.evaluate(() => localStorage.getItem('tthc.work'));
  assert.ok(stored === null || JSON.parse(stored).procedures.length === 3, 'the stored work is whole');
  await page.context().close();
});
