/**
 * UI checks in a real browser against code-server: what a user sees, read from the workbench's DOM. Each check is
 * independent and reports what it saw, and the hover and Problems panel are saved as screenshots.
 */
import { mkdirSync } from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { RunningCodeServer } from '../vscode/codeServer';
import { REPO_ROOT } from '../vscode/fixture';

export interface CheckResult {
  name: string;
  ok: boolean;
  detail?: string;
}

// Screenshots land in .vscode-test/screenshots; CROSSCHECK_SCREENSHOTS=docs/images refreshes the README's pictures.
const IMAGES = path.resolve(REPO_ROOT, process.env.CROSSCHECK_SCREENSHOTS ?? '.vscode-test/screenshots');
const SEED = '004_bc278430bcedb918.txt';

async function poll<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The class of the rendered token span whose text contains `text` in the active editor, if any. */
async function tokenClass(page: Page, text: string): Promise<string | undefined> {
  return page.evaluate((needle) => {
    const spans = Array.from(document.querySelectorAll('.editor-instance .view-lines .view-line span span'));
    const span = spans.find((s) => (s.textContent ?? '').includes(needle));
    return span ? span.className : undefined;
  }, text);
}

async function openSeedFromExplorer(page: Page): Promise<void> {
  await poll('the workbench', async () => ((await page.locator('.monaco-workbench').count()) > 0 ? true : undefined));
  const folder = page.locator('.explorer-folders-view .monaco-list-row', { hasText: /^seeds$/ });
  await poll('the explorer to list "seeds"', async () => ((await folder.count()) > 0 ? true : undefined));
  const file = page.locator('.explorer-folders-view .monaco-list-row', { hasText: SEED });
  if ((await file.count()) === 0) await folder.first().click();
  await poll(`the explorer to list ${SEED}`, async () => ((await file.count()) > 0 ? true : undefined));
  await file.first().click();
  await poll('the editor to show the article', async () => ((await tokenClass(page, 'travelled')) !== undefined ? true : undefined));
}

async function check(name: string, results: CheckResult[], body: () => Promise<string | void>): Promise<void> {
  try {
    const detail = await body();
    results.push({ name, ok: true, detail: detail || undefined });
  } catch (error) {
    results.push({ name, ok: false, detail: error instanceof Error ? error.message : String(error) });
  }
}

export async function runUiChecks(browser: Browser, server: RunningCodeServer, workspace: string): Promise<CheckResult[]> {
  mkdirSync(IMAGES, { recursive: true });
  const results: CheckResult[] = [];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(server.url(workspace, [['extensionDevelopmentPath', server.remote(REPO_ROOT)]]));

    await check('opens seed 004 from the explorer as a News Article', results, async () => {
      await openSeedFromExplorer(page);
      // The item can show "Plain Text" for a moment while the editor opens, so wait for the final language.
      let mode = '';
      await poll('the status bar language', async () => {
        mode = (await page.locator('.statusbar-item[id="status.editor.mode"]').first().textContent())?.trim() ?? '';
        return mode === 'News Article' ? true : undefined;
      }, 20_000).catch(() => {
        throw new Error(`status bar shows language "${mode}"`);
      });
    });

    await check('colours entities differently from plain text (semantic tokens)', results, async () => {
      const plain = await tokenClass(page, 'travelled');
      const colored = await poll('a distinct class on "Takaichi"', async () => {
        const cls = await tokenClass(page, 'Takaichi');
        return cls && cls !== plain ? cls : undefined;
      });
      return `plain text ${plain}, "Takaichi" ${colored}`;
    });

    await check('hover on an entity shows its name, kind and the other articles’ headlines', results, async () => {
      const span = page.locator('.editor-instance .view-lines .view-line span span', { hasText: 'Takaichi' }).first();
      let lastSeen = '';
      const hoverText = await poll('the hover card', async () => {
        const box = await span.boundingBox();
        if (!box) return undefined;
        // Leave and come back, so that each attempt asks the server again (the first card may predate indexing).
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        const hover = page.locator('.monaco-hover:not(.hidden)');
        await hover.first().waitFor({ state: 'visible', timeout: 3000 });
        const text = (await hover.first().innerText()).replace(/\s+/g, ' ');
        lastSeen = text;
        // The card lists other articles once the corpus is indexed.
        return text.includes('Sanae Takaichi · person') && text.includes('South Korean and Japanese leaders discuss trade pact') ? text : undefined;
      }).catch((error: Error) => {
        throw new Error(`${error.message}; last card seen: "${lastSeen.slice(0, 300)}"`);
      });
      // The card fades in; the screenshot waits until it is fully opaque.
      await poll('the hover to finish fading in', async () =>
        (await page.locator('.monaco-hover:not(.hidden)').first().evaluate((e) => getComputedStyle(e).opacity)) === '1' ? true : undefined, 5000);
      await page.screenshot({ path: path.join(IMAGES, 'hover.png') });
      return hoverText.slice(0, 80);
    });

    await check('lists the disagreements in the Problems panel', results, async () => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await poll('the Problems panel', async () => ((await panel.count()) > 0 && (await panel.first().isVisible()) ? true : undefined), 20_000);
      const rows = await poll('rows about the meeting count', async () => {
        const text = (await panel.first().innerText()).replace(/\s+/g, ' ');
        return text.includes('Meeting count differs') && text.includes('Spelling differs') ? text : undefined;
      });
      await page.screenshot({ path: path.join(IMAGES, 'problems.png') });
      return rows.slice(0, 100);
    });
  } finally {
    await page.close();
  }
  return results;
}
