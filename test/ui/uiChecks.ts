/**
 * UI checks in a real browser against code-server: what a user sees, read from the workbench's DOM. Each check is
 * independent and reports what it saw, and the hover and Problems panel are saved as screenshots.
 */
import { mkdirSync } from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { RunningCodeServer } from '../vscode/codeServer';
import { REPO_ROOT } from '../vscode/fixture';
import { runClaimsChecks } from './claimsChecks';
import { check, hoverOver, hoverSettled, poll, setTheme, tokenClass, type CheckResult } from './workbench';

export type { CheckResult } from './workbench';

// Screenshots land in .vscode-test/screenshots; CROSSCHECK_SCREENSHOTS=docs/images refreshes the README's pictures.
const IMAGES = path.resolve(REPO_ROOT, process.env.CROSSCHECK_SCREENSHOTS ?? '.vscode-test/screenshots');
const SEED = '004_bc278430bcedb918.txt';

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

export async function runUiChecks(browser: Browser, server: RunningCodeServer, workspace: string): Promise<CheckResult[]> {
  mkdirSync(IMAGES, { recursive: true });
  const results: CheckResult[] = [];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(server.url(workspace, [['extensionDevelopmentPath', server.remote(REPO_ROOT)]]));

    await check('opens seed 004 from the explorer as a News Article', results, async () => {
      await openSeedFromExplorer(page);
      // The browser's own preference would choose a light theme; the first screenshot is of VS Code's default.
      await setTheme(page, 'Default Dark Modern');
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

    const HOVER_HEADLINE = 'South Korean and Japanese leaders discuss trade pact';
    await check('hover on an entity shows its name, kind and the other articles’ headlines', results, async () => {
      let lastSeen = '';
      const hoverText = await poll('the hover card', async () => {
        const text = await hoverOver(page, 'Takaichi');
        lastSeen = text ?? lastSeen;
        // The card lists other articles once the corpus is indexed.
        return text?.includes('Sanae Takaichi · person') && text.includes(HOVER_HEADLINE) ? text : undefined;
      }).catch((error: Error) => {
        throw new Error(`${error.message}; last card seen: "${lastSeen.slice(0, 300)}"`);
      });
      // The headline's code lens is refreshed once the corpus is indexed.
      await poll('the code lens to count the other articles', async () =>
        ((await page.locator('.codelens-decoration').first().innerText().catch(() => '')).includes('4 other articles share names') ? true : undefined), 30_000);
      await hoverOver(page, 'Takaichi');
      await hoverSettled(page);
      await page.screenshot({ path: path.join(IMAGES, 'hover-dark.png') });
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

    await runClaimsChecks(page, IMAGES, REPO_ROOT, results);

    await check('the same hover card in Light+ (screenshot)', results, async () => {
      await page.keyboard.press('Control+J'); // Closes the panel again, so that the editor has the room it had.
      await setTheme(page, 'Default Light+');
      await poll('the hover card', async () => ((await hoverOver(page, 'Takaichi'))?.includes(HOVER_HEADLINE) ? true : undefined), 20_000);
      await hoverSettled(page);
      await page.screenshot({ path: path.join(IMAGES, 'hover-light.png') });
    });
  } finally {
    await page.close();
  }
  return results;
}
