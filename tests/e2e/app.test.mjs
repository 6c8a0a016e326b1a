// The app in headless Chromium, driven as its users drive it: a drafter builds an assessment from
// scratch and downloads the dossier; a reload restores everything; a broken file changes nothing; an
// appraiser records verdicts and an anchored comment and the drafter answers it; the keyboard alone is
// enough; axe-core finds no serious or critical violation on any screen. Screenshots of each screen are
// kept in target/tthc-artifacts/screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  start, open, watch, noConsoleErrors, byId, fill, check, choose, nav, title, saved, download, upload,
  screenshot, axe, answerAll, findings, downloads,
} from './app.mjs';
import { root } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Fills every component of one version of a procedure through its form controls. */
async function fillComponents(page, pid, side, label) {
  const at = (rest) => `procedures/${pid}/${side}/${rest}`;
  await fill(page, at('name/value'), `Cấp giấy phép ${label}`);
  await page.locator(`[id="${at('sequence/steps')}"] > button.add`).click();
  await fill(page, at('sequence/steps/1/description'), 'Nộp hồ sơ tại bộ phận một cửa.');
  await check(page, at('manner/submission/in_person'));
  await check(page, at('manner/result/in_person'));
  if (side === 'after') {
    await check(page, at('manner/submission/online'));
    await check(page, at('manner/result/online'));
  } else {
    await fill(page, at('manner/note'), 'Chưa có hệ thống trực tuyến.');
  }
  await page.locator(`[id="${at('dossier/documents')}"] > button.add`).click();
  await fill(page, at('dossier/documents/d1/name'), 'Đơn đề nghị cấp giấy phép');
  await fill(page, at('dossier/documents/d1/reason'), 'Thể hiện đề nghị của tổ chức.');
  await fill(page, at('dossier/sets'), '1');
  await fill(page, at('dossier/sets_reason'), 'Một bộ là đủ.');
  await fill(page, at('time_limit/days'), '10');
  await fill(page, at('time_limit/reason'), 'Đủ để thẩm tra hồ sơ.');
  await check(page, at('subjects/organisations'));
  await check(page, at('subjects/domestic'));
  await check(page, at('subjects/business'));
  await fill(page, at('subjects/per_year/value'), '1.200');
  await fill(page, at('subjects/per_year/low'), '1.000');
  await fill(page, at('subjects/per_year/high'), '1.500');
  await fill(page, at('subjects/per_year/source'), 'Số liệu năm 2025 của Sở');
  await fill(page, at('settling_body/name'), 'Ủy ban nhân dân cấp xã');
  await choose(page, at('settling_body/level'), 'commune');
  await check(page, at('settling_body/one_stop'));
  await check(page, at('result/present--yes'));
  await choose(page, at('result/kind'), 'licence');
  await fill(page, at('result/name'), 'Giấy phép');
  await fill(page, at('result/validity_months'), '12');
  await fill(page, at('result/validity_reason'), 'Theo thời vụ.');
  await check(page, at('forms/present--no'));
  await check(page, at('conditions/present--no'));
  await check(page, at('fees/present--yes'));
  await page.locator(`[id="${at('fees/fees')}"] > button.add`).click();
  await fill(page, at('fees/fees/fee1/name'), 'Lệ phí cấp giấy phép');
  await fill(page, at('fees/fees/fee1/amount'), '50.000');
  await fill(page, at('fees/fees/fee1/basis'), 'Nghị quyết của Hội đồng nhân dân thành phố');
}

/** Proposes the activities of one side, confirms them, and sets the filings per year. */
async function fillCost(page, pid, side) {
  const base = `[id="procedures/${pid}/cost/${side}"]`;
  await page.locator(`${base} .toolbar button`).first().click();
  await page.locator(`${base} .toolbar button`, { hasText: 'Xác nhận tất cả' }).click();
  await fill(page, `procedures/${pid}/cost/${side}/filings_per_year/value`, '1');
  await fill(page, `procedures/${pid}/cost/${side}/filings_per_year/source`, 'Mỗi tổ chức một lần một năm');
  const activities = page.locator(`${base} table.activities tbody tr`);
  for (let i = 0; i < await activities.count(); i++) {
    const source = activities.nth(i).locator('td').nth(5).locator('input');
    if ((await source.inputValue()) === '') await source.fill('Khảo sát tại bộ phận một cửa');
  }
}

/** Goes to a step of the current procedure. */
async function step(page, name) {
  await page.locator('nav.side .sub .nav-link', { hasText: name }).click();
  await page.waitForSelector('#page-title');
}

const files = {};

test('(1) a drafter builds an assessment from scratch and downloads the HTML dossier', async () => {
  const page = await open(env);
  assert.equal(await title(page), 'Đánh giá tác động thủ tục hành chính');
  await screenshot(page, '01-start');
  await page.locator('#new').click();
  assert.equal(await title(page), 'Thông tin dự thảo');
  await fill(page, 'draft.title', 'Quyết định quy định về cấp phép thử nghiệm (kiểm thử)');
  await choose(page, 'draft.document_type', 'provincial_committee_decision');
  await fill(page, 'draft.drafting_body', 'Sở Xây dựng');
  await fill(page, 'draft.issuing_authority', 'Ủy ban nhân dân thành phố');
  await fill(page, 'draft.province', 'Hà Nội');
  await fill(page, 'draft.version', 'Dự thảo lần 1');
  await fill(page, 'draft.date', '2026-11-20');
  await fill(page, 'draft.contact/name', 'Nguyễn Văn A');
  await screenshot(page, '02-draft');

  // A new procedure.
  await nav(page, 'Thủ tục hành chính');
  await choose(page, 'add-kind', 'new');
  await page.locator('#add-procedure').click();
  assert.equal(await title(page), 'Thông tin chung');
  await fill(page, 'procedures/p1/provisions', 'Điều 5');
  await fill(page, 'procedures/p1/field', 'Xây dựng');
  await step(page, 'Bộ phận tạo thành');
  await fillComponents(page, 'p1', 'after', 'thử nghiệm mới');
  await screenshot(page, '03-components-new');
  await step(page, 'Biểu mẫu đánh giá');
  await answerAll(page);
  assert.match(await page.locator('.progress-text').first().innerText(), /\(100%\)/);
  await screenshot(page, '04-form-new');
  await step(page, 'Chi phí tuân thủ');
  await fillCost(page, 'p1', 'after');
  await screenshot(page, '05-cost-new');

  // An amended procedure: the procedure in force, then the draft shortens its time limit.
  await nav(page, 'Thủ tục hành chính');
  await choose(page, 'add-kind', 'amended');
  await page.locator('#add-procedure').click();
  await fill(page, 'procedures/p2/code', '1.009999');
  await fill(page, 'procedures/p2/provisions', 'Điều 7');
  await fill(page, 'procedures/p2/field', 'Xây dựng');
  await step(page, 'Bộ phận tạo thành');
  await fillComponents(page, 'p2', 'before', 'sửa đổi');
  await check(page, 'procedures/p2/changed/time_limit');
  await fill(page, 'procedures/p2/after/time_limit/days', '5');
  await fill(page, 'procedures/p2/after/time_limit/reason', 'Rút ngắn nhờ liên thông điện tử.');
  await assert.doesNotReject(page.locator('.statement', { hasText: 'Rút ngắn thời hạn giải quyết từ 10 xuống 5' }).waitFor());
  assert.match(await byId(page, 'procedures/p2/after/time_limit/days').locator('xpath=..').locator('xpath=..').innerText(), /đã sửa/);
  await screenshot(page, '06-components-amended');
  await step(page, 'Biểu mẫu đánh giá');
  await answerAll(page);
  await step(page, 'Chi phí tuân thủ');
  await fillCost(page, 'p2', 'before');
  await fillCost(page, 'p2', 'after');
  // The amended procedure now saves time for 1,200 businesses a year: the saving and the target show.
  assert.match(await page.locator('.saving').innerText(), /Tỷ lệ cắt giảm/);
  await screenshot(page, '07-cost-amended');

  // The control unit's comment and the response.
  await nav(page, 'Ý kiến cơ quan kiểm soát');
  await fill(page, 'consultation/unit', 'Văn phòng Ủy ban nhân dân thành phố');
  await fill(page, 'consultation/reference', '123/VP-KSTTHC');
  await fill(page, 'consultation/received', '2026-11-22');
  await page.locator('#add-comment').click();
  await fill(page, 'consultation/c1/text', 'Đề nghị làm rõ lý do yêu cầu đơn đề nghị.');
  await check(page, 'consultation/c1/response/kind--accepted');
  await fill(page, 'consultation/c1/response', 'Đã bổ sung lý do vào hồ sơ.');
  await screenshot(page, '08-consultation');

  const left = await findings(page);
  const errors = left.filter((f) => f.includes('✗ Lỗi'));
  assert.deepEqual(errors, [], 'no error is left');
  assert.match(await byId(page, 'dossier').innerText(), /^0 lỗi/);
  await screenshot(page, '09-checks');

  await nav(page, 'Hồ sơ đánh giá tác động');
  await page.locator('#dossier-frame').waitFor();
  await screenshot(page, '10-dossier');
  const dossier = await download(page, page.locator('#dossier-download-html'));
  assert.match(dossier.name, /^ho-so-danh-gia-tac-dong-quyet-dinh-quy-dinh-ve-cap-phep-thu-nghiem.*\.html$/);
  const html = dossier.text;
  for (const expected of [
    'Quyết định quy định về cấp phép thử nghiệm (kiểm thử)',
    'Cấp giấy phép thử nghiệm mới',
    'Cấp giấy phép sửa đổi',
    'Đã xem xét: phù hợp với thực tiễn quản lý.',
    'Rút ngắn thời hạn giải quyết từ 10 xuống 5 ngày làm việc',
    'Đề nghị làm rõ lý do yêu cầu đơn đề nghị.',
    'Lệ phí cấp giấy phép',
    'Hà Nội, ngày',
  ]) assert.ok(html.includes(expected), `the dossier holds "${expected}"`);
  assert.doesNotMatch(html, /<script/i, 'the dossier has no script');
  const md = await download(page, page.locator('#dossier-download-md'));
  assert.match(md.text, /^# /m);
  // Downloading the dossier recorded the cost figures in the file, for the appraiser to recompute.
  const file = await download(page, page.locator('button.download-work').last());
  const data = JSON.parse(file.text);
  assert.equal(data.format, 'tthc-assessment');
  assert.equal(data.procedures.length, 2);
  assert.ok(data.recorded_cost, 'the file records the cost figures');
  files.drafter = file.text;
  noConsoleErrors(page);

  // (2) A reload restores everything: the same file, the same page.
  await saved(page);
  const stored = await page.evaluate(() => localStorage.getItem('tthc.work'));
  await page.reload();
  await page.waitForSelector('#page-title');
  assert.equal(await title(page), 'Hồ sơ đánh giá tác động');
  assert.match(await page.locator('#save-status').innerText(), /khôi phục/);
  assert.equal(await page.evaluate(() => localStorage.getItem('tthc.work')), stored);
  const again = await download(page, page.locator('button.download-work').last());
  assert.equal(again.text, file.text, 'the restored work is the same file');
  await nav(page, 'Thông tin dự thảo');
  assert.equal(await byId(page, 'draft.title').inputValue(), 'Quyết định quy định về cấp phép thử nghiệm (kiểm thử)');
  await screenshot(page, '11-restored');
  await saved(page);
  const current = await page.evaluate(() => localStorage.getItem('tthc.work'));

  // (3) A broken file shows what is wrong and leaves the work untouched.
  await upload(page, 'open-top', 'hong.json', '{"format": "tthc-assessment", "schema_version": 2, "procedures": [');
  const alert = page.locator('#notice[role=alert]');
  await alert.waitFor();
  const message = await alert.innerText();
  assert.match(message, /Không mở được tệp hong\.json/);
  assert.match(message, /dòng 1/);
  assert.match(message, /giữ nguyên/);
  assert.equal(await byId(page, 'draft.title').inputValue(), 'Quyết định quy định về cấp phép thử nghiệm (kiểm thử)');
  await upload(page, 'open-top', 'khac.json', JSON.stringify({ format: 'tthc-assessment', schema_version: 99 }));
  await assert.doesNotReject(page.locator('#notice[role=alert]', { hasText: 'phiên bản phần mềm mới hơn' }).waitFor());
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate(() => localStorage.getItem('tthc.work')), current, 'the stored work is unchanged');
  await screenshot(page, '12-broken-import');
  noConsoleErrors(page);
  await page.context().close();
});

test('(4) an appraiser records verdicts and an anchored comment, downloads the report; the drafter answers', async () => {
  assert.ok(files.drafter, 'expected the drafter\'s file from test (1)');
  const page = await open(env);
  await upload(page, 'open-appraise', 'ho-so.json', files.drafter);
  await page.locator('#gate-result').waitFor();
  assert.equal(await title(page), 'Thẩm định quy định về thủ tục hành chính');
  assert.match(await page.locator('#gate-result').innerText(), /đủ điều kiện tiếp nhận/);
  assert.match(await byId(page, 'appraisal/recompute').innerText(), /khớp/);
  await fill(page, 'appraisal/body', 'Sở Tư pháp thành phố Hà Nội');
  await fill(page, 'appraisal/reference', '45/BC-STP');
  await fill(page, 'appraisal/appraiser', 'Trần Thị B');
  for (const c of ['necessity', 'legality', 'reasonableness', 'compliance_cost']) {
    await check(page, `appraisal/p1/${c}/verdict--meets`);
  }
  await fill(page, 'appraisal/p1/reasonableness/comment', 'Thời hạn hợp lý.');
  await choose(page, 'appraisal/new/p1/anchor', 'component:after:time_limit');
  await fill(page, 'appraisal/new/p1/text', 'Đề nghị cân nhắc rút ngắn thời hạn xuống 7 ngày.');
  await byId(page, 'appraisal/new/p1/add').click();
  const comment = byId(page, 'procedures/p1/appraisal/y1');
  await comment.waitFor();
  assert.match(await comment.innerText(), /Thời hạn giải quyết \(sau\)/);
  await fill(page, 'appraisal/conclusion', 'Đủ điều kiện trình ban hành sau khi tiếp thu ý kiến.');
  await screenshot(page, '13-appraisal');
  const report = await download(page, page.locator('#report-download-html'));
  for (const expected of ['Đề nghị cân nhắc rút ngắn thời hạn xuống 7 ngày.', 'Thời hạn giải quyết (sau)', 'Đạt', 'SỞ TƯ PHÁP', '45/BC-STP', 'Đủ điều kiện trình ban hành']) {
    assert.ok(report.text.includes(expected), `the report holds "${expected}"`);
  }
  assert.doesNotMatch(report.text, /<script/i);
  const appraised = await download(page, page.locator('header button.download-work'));
  noConsoleErrors(page);
  await page.context().close();

  // The drafter reopens the appraised file and answers the comment where it points.
  const drafter = await open(env);
  await upload(drafter, 'open-work', 'tham-dinh.json', appraised.text);
  await drafter.locator('#notice').waitFor();
  const before = await findings(drafter);
  assert.ok(before.some((f) => f.includes('Đề nghị cân nhắc rút ngắn')), 'the unanswered comment is a finding for the drafter');
  await drafter.locator('.finding', { hasText: 'Đề nghị cân nhắc rút ngắn' }).locator('button.go').click();
  await drafter.waitForSelector('#page-title');
  const focused = await drafter.evaluate(() => document.activeElement?.closest('[id^="procedures/p1/appraisal/y1"]')?.id ?? document.activeElement?.id);
  assert.equal(focused, 'procedures/p1/appraisal/y1', 'the finding leads to the comment');
  await check(drafter, 'procedures/p1/appraisal/y1/response/kind--explained');
  await fill(drafter, 'procedures/p1/appraisal/y1/response', 'Giữ 10 ngày vì cần khảo sát hiện trường.');
  // The comment also shows on the procedure's own pages, with a way to the anchored field.
  await drafter.locator('[id="procedures/p1/appraisal/y1"] .anchor button').click();
  await drafter.waitForSelector('#page-title');
  assert.equal(await title(drafter), 'Bộ phận tạo thành');
  assert.equal(await drafter.evaluate(() => document.activeElement?.id), 'procedures/p1/after/time_limit/days');
  const after = await findings(drafter);
  assert.ok(!after.some((f) => f.includes('Đề nghị cân nhắc rút ngắn')), 'the answered comment is no longer a finding');
  const answered = JSON.parse((await download(drafter, drafter.locator('header button.download-work'))).text);
  assert.deepEqual(answered.appraisal.comments[0].response, { kind: 'explained', text: 'Giữ 10 ngày vì cần khảo sát hiện trường.' });
  await screenshot(drafter, '14-drafter-answers');
  noConsoleErrors(drafter);
  await drafter.context().close();
});

/** Presses Tab until the focused element matches, and returns it. */
async function tabTo(page, describe, matches) {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const e = document.activeElement;
      return { id: e?.id ?? '', text: (e?.innerText ?? '').trim(), tag: e?.tagName ?? '', type: e?.type ?? '' };
    });
    if (matches(info)) return info;
  }
  throw new Error(`expected to reach ${describe} with the Tab key, found it not`);
}

test('(5) the drafter flow works with the keyboard alone, and focus follows navigation', async () => {
  const page = await open(env);
  await tabTo(page, 'the new-assessment button', (e) => e.id === 'new');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  assert.equal(await title(page), 'Thông tin dự thảo');
  await tabTo(page, 'the title field', (e) => e.id === 'draft.title');
  await page.keyboard.type('Dự thảo nhập bằng bàn phím');
  await tabTo(page, 'the procedures link', (e) => e.text.startsWith('Thủ tục hành chính'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  await tabTo(page, 'the add button', (e) => e.id === 'add-procedure');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  assert.equal(await title(page), 'Thông tin chung');
  await tabTo(page, 'the components step', (e) => e.text === 'Bộ phận tạo thành');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  await tabTo(page, 'the name field', (e) => e.id === 'procedures/p1/after/name/value');
  await page.keyboard.type('Thủ tục nhập bằng bàn phím');
  await tabTo(page, 'the online tick box', (e) => e.id === 'procedures/p1/after/manner/submission/online');
  await page.keyboard.press('Space');
  await tabTo(page, 'the form step', (e) => e.text === 'Biểu mẫu đánh giá');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  const first = await tabTo(page, 'the first answer', (e) => e.type === 'radio');
  await page.keyboard.press('Space');
  await tabTo(page, 'its reason', (e) => e.tag === 'TEXTAREA');
  await page.keyboard.type('Lý do nhập bằng bàn phím.');
  await tabTo(page, 'the checks link', (e) => e.text === 'Kiểm tra');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  await tabTo(page, 'a finding', (e) => e.text.startsWith('Đến chỗ cần sửa'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id && document.activeElement.id !== 'page-title');
  await tabTo(page, 'the dossier link', (e) => e.text === 'Hồ sơ đánh giá tác động');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  await tabTo(page, 'the download button', (e) => e.id === 'dossier-download-html');
  const [d] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const html = readFileSync(await d.path(), 'utf8');
  assert.ok(html.includes('Thủ tục nhập bằng bàn phím'));
  assert.ok(html.includes('Lý do nhập bằng bàn phím.'));
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('tthc.work')));
  assert.equal(saved.draft.title, 'Dự thảo nhập bằng bàn phím');
  assert.ok(saved.procedures[0].after.manner.submission.online, 'Space ticked the box');
  assert.ok(Object.keys(saved.procedures[0].answers).length > 0, `Space chose an answer (${first.id})`);
  await screenshot(page, '15-keyboard');
  noConsoleErrors(page);
  await page.context().close();
});

test('(6) axe-core finds no serious or critical violation on any screen', async () => {
  const page = await open(env, { hash: '#sample', bypassCSP: true });
  const screens = [];
  const visit = async (name, go) => {
    await go();
    await page.waitForSelector('#page-title');
    await page.waitForTimeout(150);
    await screenshot(page, `axe-${name}`);
    const found = await axe(page);
    screens.push(name);
    return found.map((v) => `${name}: ${v}`);
  };
  const problems = [];
  problems.push(...await visit('procedures', async () => {}));
  problems.push(...await visit('start', () => nav(page, 'Bắt đầu')));
  problems.push(...await visit('draft', () => nav(page, 'Thông tin dự thảo')));
  for (const [n, pid] of [[1, 'p1'], [2, 'p2'], [3, 'p3']]) {
    await nav(page, 'Thủ tục hành chính');
    await page.locator('li.procedure button.link').nth(n - 1).click();
    problems.push(...await visit(`${pid}-details`, async () => {}));
    for (const [slug, name] of [['components', 'Bộ phận tạo thành'], ['form', 'Biểu mẫu đánh giá'], ['cost', 'Chi phí tuân thủ']]) {
      problems.push(...await visit(`${pid}-${slug}`, () => step(page, name)));
    }
  }
  problems.push(...await visit('consultation', () => nav(page, 'Ý kiến cơ quan kiểm soát')));
  problems.push(...await visit('checks', () => nav(page, 'Kiểm tra')));
  problems.push(...await visit('dossier', async () => {
    await nav(page, 'Hồ sơ đánh giá tác động');
    await page.locator('#dossier-frame').waitFor();
  }));
  problems.push(...await visit('appraisal', async () => {
    await nav(page, 'Thẩm định');
    await page.locator('#report-preview').click();
    await page.locator('#report-frame').waitFor();
  }));
  problems.push(...await visit('legal', async () => {
    await nav(page, 'Căn cứ pháp lý và biểu mẫu');
    await choose(page, 'editor/item', 'tt03.new.i.1');
    await byId(page, 'editor/text-vi').waitFor();
  }));
  const sample = readFileSync(join(root, 'core', 'data', 'sample', 'hanoi-he-pho.json'), 'utf8');
  const earlier = JSON.parse(sample);
  earlier.procedures[1].after.time_limit.days = 7;
  earlier.procedures.pop();
  problems.push(...await visit('compare', async () => {
    await nav(page, 'So sánh phiên bản');
    await upload(page, 'open-earlier', 'ban-truoc.json', JSON.stringify(earlier));
    await page.locator('#diff-summary').waitFor();
  }));
  assert.match(await page.locator('#diff-summary').innerText(), /1 thủ tục thêm, 0 thủ tục bỏ, 1 thủ tục thay đổi/);
  problems.push(...await visit('english', async () => {
    await page.locator('button.lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  }));
  assert.equal(await title(page), 'Compare with an earlier version');
  assert.deepEqual(problems, [], `no serious or critical violation on ${screens.length} screens`);
  assert.ok(screens.length >= 20, `every screen was checked (${screens.join(', ')})`);
  noConsoleErrors(page);
  await page.context().close();
});

test('the language switch is remembered', async () => {
  const page = await open(env, { hash: '#sample' });
  await page.locator('button.lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await title(page), 'Procedures in the draft');
  await page.reload();
  await page.waitForSelector('#page-title');
  assert.equal(await title(page), 'Procedures in the draft');
  assert.equal(await page.locator('button.lang-switch').innerText(), 'Tiếng Việt');
  noConsoleErrors(page);
  await page.context().close();
});

test('a full storage is said, with the download offered; the work stays in the page', async () => {
  const page = await open(env, {
    hash: '#sample',
    init: () => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function setItem(key, value) {
        if (key === 'tthc.work' && window.__full) throw new DOMException('the quota has been exceeded', 'QuotaExceededError');
        return real.call(this, key, value);
      };
    },
  });
  await saved(page);
  await page.evaluate(() => { window.__full = true; });
  await nav(page, 'Thông tin dự thảo');
  await fill(page, 'draft.title', 'Tên mới khi bộ nhớ đầy');
  const alert = page.locator('#storage-failed');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Không lưu được vào bộ nhớ của trình duyệt \(QuotaExceededError: the quota has been exceeded\)/);
  assert.match(await page.locator('#save-status').innerText(), /Chưa lưu được/);
  const file = await download(page, alert.locator('button.download-work'));
  assert.equal(JSON.parse(file.text).draft.title, 'Tên mới khi bộ nhớ đầy', 'the download holds the unsaved change');
  await screenshot(page, '16-storage-full');
  await page.context().close();
});

test('two tabs on the same work: each is told, and neither overwrites the other silently', async () => {
  const a = await open(env, { hash: '#sample' });
  await saved(a);
  const b = await watch(await a.context().newPage(), env.url);
  await assert.doesNotReject(a.locator('#other-tab', { hasText: 'đang mở ở một thẻ khác' }).waitFor());
  await assert.doesNotReject(b.locator('#other-tab', { hasText: 'đang mở ở một thẻ khác' }).waitFor());
  await nav(b, 'Thông tin dự thảo');
  await fill(b, 'draft.title', 'Sửa ở thẻ B');
  await saved(b);
  const paused = a.locator('#other-tab[role=alert]');
  await paused.waitFor();
  assert.match(await paused.innerText(), /tạm dừng tự động lưu/);
  await nav(a, 'Thông tin dự thảo');
  await fill(a, 'draft.title', 'Sửa ở thẻ A');
  await a.waitForTimeout(700);
  const stored = JSON.parse(await a.evaluate(() => localStorage.getItem('tthc.work')));
  assert.equal(stored.draft.title, 'Sửa ở thẻ B', 'tab A did not overwrite tab B');
  await screenshot(a, '17-other-tab');
  await paused.locator('button', { hasText: 'Dùng bản của thẻ kia' }).click();
  assert.equal(await byId(a, 'draft.title').inputValue(), 'Sửa ở thẻ B');
  noConsoleErrors(a);
  noConsoleErrors(b);
  await a.context().close();
});
