// Opens the dossier and the appraisal report that hold every payload of tests/fixtures/payloads.txt in every user field (written by
// the Rust test tests/dossier_safety.rs) in headless Chromium, WITHOUT its Content-Security-Policy, and
// proves that none of them ran: no dialog, no window.__pwned, no request, no script element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch, artifacts } from './browser.mjs';

for (const name of ['payloads.vi.html', 'payloads-appraisal.vi.html']) test(`no payload in ${name} executes in a real browser`, async () => {
  const source = join(artifacts, name);
  assert.ok(existsSync(source), `expected ${source} (written by cargo test --test dossier_safety), found none`);
  const html = readFileSync(source, 'utf8');
  assert.match(html, /Content-Security-Policy/, 'the dossier ships with a CSP');
  // Remove the CSP: the proof must rest on escaping alone.
  const unprotected = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  const file = join(artifacts, name.replace('.html', '.no-csp.html'));
  writeFileSync(file, unprotected);

  const browser = await launch();
  try {
    const page = await browser.newPage();
    const dialogs = [];
    const requests = [];
    page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
    page.on('request', (r) => { if (!r.url().startsWith('file://')) requests.push(r.url()); });
    await page.goto('file://' + file);
    // Give event handlers (onload, onerror, ontoggle, autofocus) a chance to fire.
    await page.waitForTimeout(500);
    await page.mouse.move(10, 10);
    const state = await page.evaluate(() => ({
      pwned: window.__pwned ?? null,
      topPwned: window.top.__pwned ?? null,
      scripts: document.querySelectorAll('script').length,
      iframes: document.querySelectorAll('iframe, object, embed').length,
      images: document.querySelectorAll('img').length,
      links: document.querySelectorAll('a').length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
      text: document.body.innerText.includes('<script>window.__pwned=1;alert(1)</script>'),
    }));
    await page.screenshot({ path: join(artifacts, 'screenshots', name.replace('.html', '.png')) });
    assert.deepEqual(dialogs, [], 'no alert() ran');
    assert.deepEqual(requests, [], 'no request left the page');
    assert.equal(state.pwned, null, 'no payload set window.__pwned');
    assert.equal(state.topPwned, null);
    assert.equal(state.scripts, 0, 'no script element');
    assert.equal(state.iframes, 0, 'no frame, object or embed');
    assert.equal(state.images, 0, 'no image');
    assert.equal(state.links, 0, 'no link');
    assert.equal(state.handlers, 0, 'no event-handler attribute');
    assert.ok(state.text, 'the payload is shown as text');
  } finally {
    await browser.close();
  }
});
