/**
 * UI checks of the claims view in code-server: the matrix of the seeds' story, a click that lands on the line, a
 * finding dismissed from the editor's quick fix that leaves the Problems panel, and screenshots in two themes.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import type { Frame, Page } from 'playwright-core';
import { check, poll, runCommand, setTheme, type CheckResult } from './workbench';

/** The webview frame that shows the claims matrix (webviews are nested iframes in the workbench). */
async function claimsFrame(page: Page): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if ((await frame.locator('#matrix').count().catch(() => 0)) > 0) return frame;
  }
  return undefined;
}

interface MatrixCell {
  row: string;
  text: string;
  uri: string;
}

/** Every value cell of the matrix with its row's label and its article. */
async function readMatrix(frame: Frame): Promise<MatrixCell[]> {
  return frame.evaluate(() => Array.from(document.querySelectorAll('#matrix tbody tr')).flatMap((tr) =>
    Array.from(tr.querySelectorAll<HTMLElement>('.cell')).map((cell) => ({
      row: tr.querySelector('.row-label')?.textContent ?? '',
      text: cell.textContent ?? '',
      uri: cell.dataset.uri ?? '',
    }))));
}

const fileOf = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

export async function runClaimsChecks(page: Page, images: string, repoRoot: string, results: CheckResult[]): Promise<void> {
  let frame: Frame | undefined;
  await check('the claims view shows the meeting count: "second" from 003, "third" from 004', results, async () => {
    await runCommand(page, 'Crosscheck: Open Claims View');
    let seen: MatrixCell[] = [];
    frame = await poll('the claims matrix with both meeting counts', async () => {
      const found = await claimsFrame(page);
      if (!found) return undefined;
      seen = await readMatrix(found);
      const second = seen.find((c) => c.text === 'second');
      const third = seen.find((c) => c.text === 'third');
      return second && third && second.row === third.row ? found : undefined;
    }, 60_000).catch((error: Error) => {
      throw new Error(`${error.message}; cells seen: ${JSON.stringify(seen.slice(0, 12))}`);
    });
    const cells = await readMatrix(frame);
    const second = cells.find((c) => c.text === 'second')!;
    const third = cells.find((c) => c.text === 'third')!;
    if (!fileOf(second.uri).startsWith('003') || !fileOf(third.uri).startsWith('004')) {
      throw new Error(`"second" is in ${fileOf(second.uri)}, "third" in ${fileOf(third.uri)}`);
    }
    const summary = await frame.locator('#summary').innerText();
    // The story's dated events are listed under the matrix (the seeds date the leaders' meeting).
    const firstEvent = (await frame.locator('#events li').first().innerText({ timeout: 10_000 })).replace(/\s+/g, ' ');
    // A resolved date, of whatever precision the articles give: a year, a month or a day.
    if (!/^\d{4}(?:-\d{2}){0,2}\b/.test(firstEvent.trim())) throw new Error(`the first event has no resolved date: "${firstEvent}"`);
    await page.screenshot({ path: path.join(images, 'claims-dark.png') });
    return `row "${second.row}"; ${summary}; first event: ${firstEvent}`;
  });

  await check('clicking a cell opens its article at the line', results, async () => {
    if (!frame) throw new Error('no claims view');
    await frame.locator('.cell', { hasText: /^second$/ }).first().click();
    const tab = page.locator('.tabs-container .tab.active');
    await poll('the editor of 003', async () => ((await tab.first().innerText()).includes('003_') ? true : undefined), 20_000);
    const selection = await poll('"second" selected in the editor', async () => {
      const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
      const status = await page.locator('.statusbar-item[id="status.editor.selection"]').first().innerText().catch(() => '');
      return /\(6 selected\)/.test(status) ? status : selected === 'second' ? selected : undefined;
    }, 20_000);
    return selection;
  });

  await check('a dismissed finding leaves the Problems panel', results, async () => {
    // The cursor is on "second" in 003, where the meeting-count finding is: its quick fixes include "Dismiss".
    await page.keyboard.press('Control+.');
    // The quick-fix menu is chosen from by keyboard, as its pointer guard takes clicks while it opens.
    const rows = page.locator('.action-widget .monaco-list-row');
    const labels = await poll('the quick fix "Dismiss this finding"', async () => {
      const texts = await rows.allInnerTexts();
      return texts.some((t) => t.includes('Dismiss this finding')) ? texts : undefined;
    }, 20_000);
    const focusable = labels.filter((t) => !/^\s*$/.test(t));
    const target = focusable.findIndex((t) => t.includes('Dismiss this finding'));
    const focused = async () => (await page.locator('.action-widget .monaco-list-row.focused').first().innerText().catch(() => '')).includes('Dismiss this finding');
    for (let step = 0; step <= focusable.length && !(await focused()); step++) await page.keyboard.press('ArrowDown');
    if (!(await focused())) throw new Error(`could not focus "Dismiss this finding" among ${JSON.stringify(focusable)} (at ${target})`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await poll('the Problems panel', async () => ((await panel.count()) > 0 ? true : undefined), 20_000);
    // 004's "third" stays (decided on nothing); 003's "second" leaves once crosscheck.json is saved and read.
    const text = await poll('003 to lose its meeting-count problem', async () => {
      const rows = (await panel.first().innerText()).replace(/\s+/g, ' ');
      const of003 = rows.split(/(?=\b00\d_[0-9a-f]{16}\.txt)/).find((part) => part.startsWith('003_')) ?? '';
      return rows.includes('Meeting count differs') && !of003.includes('Meeting count differs') ? rows : undefined;
    }, 30_000);
    return text.slice(0, 120);
  });

  await check('the claims view in Light+ (screenshot)', results, async () => {
    await page.keyboard.press('Control+J');
    await setTheme(page, 'Default Light+');
    await runCommand(page, 'Crosscheck: Open Claims View');
    await poll('the claims matrix', async () => claimsFrame(page), 30_000);
    await page.screenshot({ path: path.join(images, 'claims-light.png') });
  });

  await check('the exported HTML report of the seeds renders offline (screenshot)', results, async () => {
    const html = execFileSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'report', path.join(repoRoot, 'seeds'), '--format', 'html'], { encoding: 'utf8' });
    // A page of its own (a new browser context): nothing of the workbench's session reaches it.
    const report = await page.context().browser()!.newPage();
    try {
      // Offline: the page may load nothing; any request it makes fails the check.
      const requests: string[] = [];
      report.on('request', (request) => requests.push(request.url()));
      await report.setContent(html, { waitUntil: 'load' });
      const text = await report.locator('body').innerText();
      if (!/second/.test(text) || !/third/.test(text)) throw new Error(`the report lacks the meeting counts: ${text.slice(0, 200)}`);
      if (requests.length > 0) throw new Error(`the report loaded ${requests.join(', ')}`);
      await report.screenshot({ path: path.join(images, 'report.png'), fullPage: false });
      return text.split('\n').find((line) => /disputed/.test(line)) ?? '';
    } finally {
      await report.close();
    }
  });
}
