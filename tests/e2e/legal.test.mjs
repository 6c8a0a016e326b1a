// The legal basis and the forms' wording, in headless Chromium: the rules applied by the draft's date, the
// watch list, a legal officer's correction saved as a local ruleset and embedded in the file, the file
// opened in another browser with the corrected wording, and a file whose embedded copy was changed refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, noConsoleErrors, byId, nav, title, download, upload, screenshot, fill, choose } from './app.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const corrected = 'Căn cứ pháp lý của thủ tục hành chính (câu chữ do Sở Tư pháp sửa)';

test('a correction of the wording travels with the file; a changed copy is refused', async () => {
  const page = await open(env, { hash: '#sample' });
  await nav(page, 'Căn cứ pháp lý và biểu mẫu');
  assert.equal(await title(page), 'Căn cứ pháp lý và biểu mẫu');
  const applied = await page.locator('table.applied').innerText();
  assert.match(applied, /64\/2025\/QH15 được sửa đổi, bổ sung bởi Luật số 87\/2025\/QH15/, 'the law in force on the draft\'s date');
  assert.match(await page.locator('ul.watch').innerText(), /26\/2025\/TT-BTP/);
  assert.doesNotMatch(await page.locator('main').innerText(), /tt03\.[a-z]/, 'no item id is shown');
  await screenshot(page, '40-legal-status');

  // Correct one item: an empty Vietnamese text is refused, a real one is applied, linted and saved.
  await choose(page, 'editor/item', 'tt03.new.i.1');
  await fill(page, 'editor/text-vi', '   ');
  await byId(page, 'editor/apply').click();
  await page.locator('.editor [role="alert"]', { hasText: 'Cần câu chữ tiếng Việt' }).waitFor();
  await fill(page, 'editor/text-vi', corrected);
  await byId(page, 'editor/apply').click();
  await byId(page, 'editor/pending').waitFor();
  assert.match(await byId(page, 'editor/pending').innerText(), /tt03-2022-ha-noi phiên bản 1/);
  assert.match(await byId(page, 'editor/lint').innerText(), /không có lỗi/);
  await byId(page, 'editor/save').click();
  await page.locator('#legal-ruleset', { hasText: 'bản địa phương' }).waitFor();
  await screenshot(page, '41-legal-corrected');

  // The ruleset can be downloaded as a file of its own; the work embeds it.
  const ruleset = await download(page, byId(page, 'editor/export'));
  assert.equal(ruleset.name, 'tt03-2022-ha-noi-v1.json');
  assert.ok(JSON.parse(ruleset.text).forms.some((f) => JSON.stringify(f).includes(corrected)));
  const work = await download(page, page.locator('button.download-work').first());
  const file = JSON.parse(work.text);
  assert.equal(file.ruleset.id, 'tt03-2022-ha-noi');
  assert.match(file.ruleset.sha256, /^[0-9a-f]{64}$/);
  assert.ok(file.ruleset_copy, 'the local ruleset is embedded');
  noConsoleErrors(page);
  await page.context().close();

  // Another browser (fresh storage) opens the file and reads the corrected wording in the form.
  const other = await open(env);
  await upload(other, 'open-work', work.name, work.text);
  await other.locator('#notice', { hasText: `Đã mở tệp ${work.name}` }).waitFor();
  await nav(other, 'Thủ tục hành chính');
  await other.locator('.procedure-name button.link').first().click();
  await other.locator('nav.side .sub .nav-link', { hasText: 'Biểu mẫu đánh giá' }).click();
  await other.waitForSelector('#page-title');
  await other.locator('main', { hasText: corrected }).waitFor();
  await screenshot(other, '42-form-with-corrected-wording');

  // The same file with its embedded copy changed after saving: refused, the work in the tab unchanged.
  const tampered = work.text.replace(corrected, 'Câu chữ bị sửa sau khi lưu');
  await nav(other, 'Bắt đầu');
  await upload(other, 'open-work', 'tampered.json', tampered);
  const notice = other.locator('#notice');
  await notice.waitFor();
  await other.locator('#notice', { hasText: 'đã bị sửa sau khi tệp được lưu' }).waitFor();
  assert.match(await notice.innerText(), /Công việc hiện tại được giữ nguyên/);
  await screenshot(other, '43-tampered-refused');

  // The ruleset file opened on its own is used for the current work.
  await nav(other, 'Căn cứ pháp lý và biểu mẫu');
  await upload(other, 'open-ruleset', ruleset.name, ruleset.text);
  await other.locator('#notice', { hasText: 'Đã dùng bộ biểu mẫu tt03-2022-ha-noi' }).waitFor();
  noConsoleErrors(other);
  await other.context().close();
});

test('the province sets its own commenting unit on the draft page, and the checks word themselves from it', async () => {
  const page = await open(env, { hash: '#sample' });
  await nav(page, 'Thông tin dự thảo');
  await fill(page, 'draft.control_unit/unit', 'Sở Tư pháp thành phố Hà Nội');
  await fill(page, 'draft.control_unit/basis', 'Quyết định số 00/2026/QĐ-UBND (giả định)');
  await nav(page, 'Kiểm tra');
  await page.locator('main', { hasText: 'phải lấy ý kiến của Sở Tư pháp thành phố Hà Nội' }).waitFor();
  await screenshot(page, '44-control-unit-set');
  noConsoleErrors(page);
  await page.context().close();
});
