// Helpers for the end-to-end tests of the app (dist/app, built by .ci/build-web): serve it, open pages
// that fail on console errors, drive fields by their ids (the paths the checks use), download files,
// keep screenshots, and run axe-core in the page.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, artifacts, root } from './browser.mjs';
import { serve } from './server.mjs';

export const app = join(root, 'dist', 'app');
export const shots = join(artifacts, 'screenshots');
export const downloads = join(artifacts, 'downloads');

/** Starts the server and the browser. */
export async function start() {
  assert.ok(existsSync(join(app, 'index.html')), `expected the built app in ${app} (run .ci/build-web), found none`);
  mkdirSync(shots, { recursive: true });
  mkdirSync(downloads, { recursive: true });
  const server = await serve(app);
  const browser = await launch();
  return {
    url: server.url,
    browser,
    async close() { await browser.close(); await server.close(); },
  };
}

/** A new browser context (fresh storage) and a page in it that records console errors. */
export async function open(env, { hash = '', bypassCSP = false, init } = {}) {
  const context = await env.browser.newContext({ acceptDownloads: true, bypassCSP, viewport: { width: 1280, height: 900 } });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  return watch(page, env.url + hash);
}

/** Records console errors and page errors of a page, then goes to `url`. */
export async function watch(page, url) {
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(e.message));
  if (url) {
    await page.goto(url);
    await page.waitForSelector('#page-title');
  }
  return page;
}

/** Fails if the page logged an error. */
export function noConsoleErrors(page) {
  assert.deepEqual(page.errors, [], 'no console error');
}

/** The element with this id (ids hold `/` and `.`). */
export function byId(page, id) {
  return page.locator(`[id="${id}"]`);
}

export async function fill(page, id, value) {
  await byId(page, id).fill(value);
}

export async function check(page, id) {
  await byId(page, id).check();
}

export async function choose(page, id, value) {
  await byId(page, id).selectOption(value);
}

/** Goes to a page through the side navigation. */
export async function nav(page, name) {
  await page.locator('nav.side .nav-link', { hasText: name }).first().click();
  await page.waitForSelector('#page-title');
}

export async function title(page) {
  return (await page.locator('#page-title').innerText()).trim();
}

/** Waits until the work is saved in the browser. */
export async function saved(page) {
  await page.locator('#save-status.saved').waitFor();
}

/** Clicks something that starts a download; returns the file's name and text (kept as an artifact). */
export async function download(page, locator) {
  const [d] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  const text = readFileSync(await d.path(), 'utf8');
  const name = d.suggestedFilename();
  writeFileSync(join(downloads, name), text);
  return { name, text };
}

/** Sets the file of a file input (by id) from text. */
export async function upload(page, inputId, name, text) {
  await byId(page, inputId).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(join(root, 'tests', 'e2e', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Runs axe-core in the page (the context must bypass the CSP to inject it); returns the serious and
 *  critical violations, each as a line. */
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ content: axeSource });
  }
  const result = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  assert.ok(result.passes.length > 20, `axe ran its rules (${result.passes.length} passed)`);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Answers every shown item of a form page: the first option of each choice, a reason in every empty
 *  text box, 1 in every number; repeated while answering shows more items. */
export async function answerAll(page, reason = 'Đã xem xét: phù hợp với thực tiễn quản lý.') {
  for (let round = 0; round < 12; round++) {
    let changed = false;
    const groups = page.locator('.item fieldset.radios');
    for (let i = 0; i < await groups.count(); i++) {
      const g = groups.nth(i);
      if (await g.locator('input:checked').count() === 0) {
        await g.locator('input[type=radio]').first().check();
        changed = true;
      }
    }
    const areas = page.locator('.item textarea');
    for (let i = 0; i < await areas.count(); i++) {
      if ((await areas.nth(i).inputValue()) === '') { await areas.nth(i).fill(reason); changed = true; }
    }
    const numbers = page.locator('.item input[inputmode=decimal]');
    for (let i = 0; i < await numbers.count(); i++) {
      if ((await numbers.nth(i).inputValue()) === '') { await numbers.nth(i).fill('1'); changed = true; }
    }
    if (!changed) return;
  }
}

/** The findings listed on the checks page, as text. */
export async function findings(page) {
  await nav(page, 'Kiểm tra');
  return page.locator('.finding').allInnerTexts();
}
