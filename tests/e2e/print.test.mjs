// The two documents printed to A4 in headless Chromium (print media, the documents' own @page rules): every
// element inside the text block of its page (portrait 160 mm; the summary's landscape page 247 mm), the text
// of every table's last column in the PDF (pdftotext), no heading left alone at the foot of a page, page
// numbers from page 2. For the sample's dossier and report and a generated draft of 100 procedures.
// The PDFs, the printed pages 1, 2 and a cost-table page as PNG, and the figures (pages, widest table) are
// kept in target/tthc-artifacts/print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, root, artifacts } from './browser.mjs';

const dist = join(root, 'dist', 'js');
assert.ok(existsSync(join(dist, 'tthc.js')), `expected the module in ${dist} (run .ci/build-js), found none`);
const tthc = await import(join(dist, 'tthc.js'));
tthc.initSync({ module: readFileSync(join(dist, 'tthc_bg.wasm')) });

const out = join(artifacts, 'print');
mkdirSync(out, { recursive: true });
const MM = 96 / 25.4;
const PORTRAIT = 160; // 210 − 30 − 20 mm
const LANDSCAPE = 247; // 297 − 30 − 20 mm

/** The sample with its procedures repeated to `n`, each with an id of its own. */
function generated(n) {
  const a = JSON.parse(tthc.sample());
  const base = a.procedures;
  a.procedures = Array.from({ length: n }, (_, i) => ({ ...structuredClone(base[i % base.length]), id: `p${i + 1}` }));
  delete a.recorded_cost;
  delete a.appraisal;
  return JSON.stringify(a);
}

const date = '2026-12-01';
const documents = [
  ['sample-dossier', tthc.render(tthc.sample(), { format: 'html', date })],
  ['sample-report', tthc.render(tthc.sample(), { format: 'html', date, appraisal: true })],
  ['generated-100-dossier', tthc.render(generated(100), { format: 'html', date })],
];

const squash = (s) => s.replace(/\s+/g, '');
const figures = {};

for (const [name, html] of documents) test(`${name}: printed to A4, nothing leaves its page and no table loses a column`, async () => {
  const file = join(out, `${name}.html`);
  writeFileSync(file, html);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto('file://' + file);
    await page.emulateMedia({ media: 'print' });

    // Every element in the text block of its page: laid out at each page's width in turn.
    const outside = async (widthMm, wide) => {
      await page.setViewportSize({ width: Math.floor(widthMm * MM), height: 1000 });
      return page.evaluate(({ wide }) => {
        const limit = document.documentElement.clientWidth + 0.5;
        return [...document.body.querySelectorAll('*')]
          .filter((e) => Boolean(e.closest('section.wide')) === wide)
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.right > limit || r.left < -0.5))
          .slice(0, 5)
          .map(({ e, r }) => `<${e.tagName.toLowerCase()} class="${e.className}"> ${Math.round(r.left)}–${Math.round(r.right)} px of ${limit - 0.5}: ${e.textContent.slice(0, 60)}`);
      }, { wide });
    };
    const portrait = await outside(PORTRAIT, false);
    assert.deepEqual(portrait, [], 'elements outside the 160 mm text block');
    const landscape = await outside(LANDSCAPE, true);
    assert.deepEqual(landscape, [], 'elements outside the 247 mm text block of the landscape page');
    const widest = async (widthMm, wide) => {
      await page.setViewportSize({ width: Math.floor(widthMm * MM), height: 1000 });
      return page.evaluate(({ wide, mm }) => Math.max(0, ...[...document.querySelectorAll('table')]
        .filter((t) => Boolean(t.closest('section.wide')) === wide)
        .map((t) => t.getBoundingClientRect().width / mm)), { wide, mm: MM });
    };
    const widestPortrait = await widest(PORTRAIT, false);
    const widestLandscape = await widest(LANDSCAPE, true);

    // What must be in the PDF: the last column of every table, and the headings.
    const lastColumn = await page.evaluate(() => [...document.querySelectorAll('table tr')]
      .map((tr) => tr.cells[tr.cells.length - 1]?.innerText ?? '')
      .filter((t) => t.trim() !== ''));
    const headings = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, p > strong:only-child, p > em:only-child')]
      .map((h) => h.innerText.trim()).filter((t) => t !== ''));

    const pdf = join(out, `${name}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 << 20 }).toString();
    const pages = text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
    // Every word printed lies inside its page's text block (none in the right margin or beyond the page)…
    const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 256 << 20 }).toString();
    const offPage = [];
    for (const pageXml of bbox.split('<page ').slice(1)) {
      const width = Number(/^width="([\d.]+)"/.exec(pageXml)[1]);
      const right = width - (20 / 25.4) * 72 + 1; // the right margin, 20 mm, with 1 pt of tolerance
      for (const m of pageXml.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
        const word = m[3];
        if (Number(m[2]) > right) offPage.push(`${word} (${Math.round(Number(m[2]))} pt > ${Math.round(right)} pt)`);
      }
    }
    assert.deepEqual(offPage.slice(0, 5), [], 'words printed in the right margin or off the page');
    // …and the last column of every table is there, whole: with -raw, pdftotext keeps the order Chromium drew
    // the text in, so the lines of one cell follow each other.
    const raw = squash(execFileSync('pdftotext', ['-raw', pdf, '-'], { maxBuffer: 64 << 20 }).toString().normalize('NFC'));
    const missing = lastColumn.map((t) => t.normalize('NFC')).filter((t) => !raw.includes(squash(t)));
    assert.deepEqual(missing.slice(0, 5), [], 'the text of a last column missing from the PDF (clipped)');

    // Page numbers: none on page 1, then 2, 3, … centred at the top.
    const firstLine = (p) => p.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
    assert.notEqual(firstLine(pages[0]), '1', 'no number on page 1');
    for (let i = 1; i < Math.min(pages.length, 6); i++) assert.equal(firstLine(pages[i]), String(i + 1), `page ${i + 1} numbered`);

    // No heading is the last line of a page.
    const alone = pages.slice(0, -1).map((p, i) => {
      const lines = p.split('\n').map((l) => l.trim()).filter((l) => l !== '');
      const last = lines[lines.length - 1] ?? '';
      return headings.some((h) => squash(h) === squash(last)) ? `page ${i + 1}: ${last}` : null;
    }).filter(Boolean);
    assert.deepEqual(alone, [], 'a heading alone at the foot of a page');

    // The summary's page is landscape; the others portrait.
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(Math.min(pages.length, 4)), pdf]).toString();
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait');
    assert.equal(sizes[0], 'portrait');
    if (html.includes('<section class="wide">')) assert.ok(sizes.includes('landscape'), `a landscape page for the summary: ${sizes}`);

    // Look at the pages: 1, 2 and the first page with a cost table.
    const costPage = pages.findIndex((p) => /Cách tính|How it is computed|Số liệu đầu vào|Chi phí tuân thủ đã tính lại/.test(p)) + 1;
    for (const n of new Set([1, 2, costPage || 3])) {
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(n), '-l', String(n), '-singlefile', pdf, join(out, `${name}-page-${n}`)]);
    }
    figures[name] = { pages: pages.length, widest_table_mm: Number(widestPortrait.toFixed(1)), widest_landscape_table_mm: Number(widestLandscape.toFixed(1)), text_block_mm: PORTRAIT, landscape_text_block_mm: LANDSCAPE };
    writeFileSync(join(out, 'figures.json'), JSON.stringify(figures, null, 2) + '\n');
  } finally {
    await browser.close();
  }
});
