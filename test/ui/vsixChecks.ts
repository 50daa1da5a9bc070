/**
 * The extension as a user installs it: the .vsix that `npm run package` builds, installed into code-server with a
 * new profile (no settings, no other extension), then a folder of articles outside the repository opened in a
 * fresh browser. The folder is first untrusted (Restricted Mode: the open article only), then trusted (the folder
 * is read as a corpus); then the colours of each kind are compared in three default themes.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { startCodeServer } from '../vscode/codeServer';
import { REPO_ROOT, TEST_ROOT } from '../vscode/fixture';
import { check, editorLanguage, hoverOver, poll, quickOpen, runCommand, setTheme, tokenStyle, type CheckResult } from './workbench';

// Two invented reports of one event that disagree on a figure (120 / 150 new jobs), and name a person, an
// organisation, places, a date and an agreement.
const ARTICLES: Record<string, string> = {
  'velora-terminal.article':
    'Velora opens new ferry terminal in Kessa Prefecture\nPublished: 3 April 2025\nKESSA CITY — Mayor Anna Doe opened the new ferry terminal of the Velora Harbour Authority on Thursday. The terminal, built under the Kessa Accord, will bring 120 new jobs to the harbour, Doe said.\n',
  'velora-crowds.article':
    'Crowds greet first ferries at Velora terminal\nPublished: 4 April 2025\nThousands of passengers used the ferry terminal that Mayor Anna Doe opened on Thursday. The Velora Harbour Authority said the terminal would bring 150 new jobs, and that the Kessa Accord paid for half of it.\n',
};
const OPENED = 'velora-terminal.article';
const OTHER_HEADLINE = 'Crowds greet first ferries at Velora terminal';

// One token of each kind in the opened article, and plain body text.
const KINDS: Array<[kind: string, text: string]> = [
  ['person', 'Anna Doe'],
  ['organization', 'Velora'],
  ['place', 'Kessa Prefecture'],
  ['otherName', 'Kessa Accord'],
  ['date', 'Thursday'],
  ['figure', '120'],
  ['plain text', 'bring'],
];
const THEMES = ['Default Dark Modern', 'Default Light+', 'Default High Contrast'];

/** Builds the .vsix exactly as `npm run package` does (from the dist/ already built), offline. */
function buildVsix(): string {
  const out = path.join(TEST_ROOT, 'crosscheck.vsix');
  rmSync(out, { force: true });
  execFileSync(path.join(REPO_ROOT, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', out], {
    cwd: REPO_ROOT,
    stdio: 'ignore',
    env: { ...process.env, npm_config_offline: 'true' },
  });
  return out;
}

async function waitForHover(page: Page, text: string, wanted: (card: string) => boolean): Promise<string> {
  let lastSeen = '';
  return poll(`a hover on "${text}"`, async () => {
    const card = await hoverOver(page, text);
    lastSeen = card ?? lastSeen;
    return card && wanted(card) ? card : undefined;
  }).catch((error: Error) => {
    throw new Error(`${error.message}; last card seen: "${lastSeen.slice(0, 300)}"`);
  });
}

export async function runVsixChecks(browser: Browser, bin: string): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  let vsix = '';
  await check('vsce packages the .vsix from dist/, as npm run package does', results, async () => {
    vsix = buildVsix();
  });
  if (!vsix) return results;
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-news-'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(folder, name), text);
  const server = await startCodeServer({
    bin,
    workspace: folder,
    name: 'code-server-vsix',
    install: [vsix],
    workspaceTrust: true,
    // Only what keeps a first start quiet; the folder opens untrusted without a prompt.
    userSettings: { 'security.workspace.trust.startupPrompt': 'never', 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off' },
  }).catch((error: unknown) => {
    // An install or start that fails is one failed check; the results before it still count.
    results.push({ name: 'code-server starts with the .vsix installed', ok: false, detail: error instanceof Error ? error.message : String(error) });
    return null;
  });
  if (!server) {
    rmSync(folder, { recursive: true, force: true });
    return results;
  }
  // A new browser context: an empty browser profile, as on a first visit.
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(server.url(folder));
    await poll('the workbench', async () => ((await page.locator('.monaco-workbench').count()) > 0 ? true : undefined));

    await check('Restricted Mode: the installed extension opens the article as a News Article with its grammar', results, async () => {
      await poll('the Restricted Mode indicator', async () => ((await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).count()) > 0 ? true : undefined), 30_000);
      await quickOpen(page, OPENED);
      await poll('the status bar language', async () => ((await editorLanguage(page)) === 'News Article' ? true : undefined), 30_000);
      await poll('the status bar to say Restricted Mode', async () =>
        ((await page.locator('.statusbar-item', { hasText: 'Crosscheck: this article only' }).count()) > 0 ? true : undefined), 30_000);
    });

    await check('Restricted Mode: semantic highlighting and a hover on the open article, no other article read', results, async () => {
      const plain = await poll('plain text', () => tokenStyle(page, 'bring'));
      const person = await poll('a colour on "Anna Doe"', async () => {
        const style = await tokenStyle(page, 'Anna Doe');
        return style && style.color !== plain.color ? style : undefined;
      });
      const card = await waitForHover(page, 'Anna Doe', (text) => text.includes('Anna Doe · person'));
      if (card.includes(OTHER_HEADLINE)) throw new Error(`the card names the other article: ${card}`);
      return `plain ${plain.color}, person ${person.color}`;
    });

    await check('trusting the folder: the hover lists the other article of the folder', results, async () => {
      await runCommand(page, 'Manage Workspace Trust');
      const trust = page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ });
      await poll('the Trust button', async () => ((await trust.count()) > 0 ? true : undefined), 20_000);
      await trust.first().click();
      await quickOpen(page, OPENED);
      const card = await waitForHover(page, 'Anna Doe', (text) => text.includes(OTHER_HEADLINE));
      return card.slice(0, 100);
    });

    for (const theme of THEMES) {
      await check(`${theme}: each kind has its own colour, and the disputed figure is bold`, results, async () => {
        if ((await editorLanguage(page)) !== 'News Article') await quickOpen(page, OPENED);
        await setTheme(page, theme);
        // The figure becomes disputed once the other article is compared: wait for its bold.
        await poll('the disputed figure in bold', async () => ((await tokenStyle(page, '120'))?.bold ? true : undefined), 30_000);
        // The editor repaints its lines after a theme change: read until two readings agree.
        const read = async (): Promise<Map<string, string>> => {
          const found = new Map<string, string>();
          for (const [name, text] of KINDS) {
            const style = await tokenStyle(page, text);
            if (!style) throw new Error(`no token "${text}" on screen`);
            found.set(name, style.color);
          }
          return found;
        };
        let previous = '';
        const colours = await poll('steady colours', async () => {
          await new Promise((resolve) => setTimeout(resolve, 500));
          const found = await read();
          const key = JSON.stringify([...found]);
          const steady = key === previous;
          previous = key;
          return steady ? found : undefined;
        }, 20_000);
        const byColour = new Map<string, string[]>();
        for (const [name, colour] of colours) byColour.set(colour, [...(byColour.get(colour) ?? []), name]);
        const shared = [...byColour.values()].filter((names) => names.length > 1);
        if (shared.length > 0) throw new Error(`shared colours: ${shared.map((names) => names.join(' = ')).join('; ')} (${JSON.stringify(Object.fromEntries(colours))})`);
        if ((await tokenStyle(page, 'Anna Doe'))?.bold) throw new Error('an undisputed name is bold too');
        return [...colours].map(([name, colour]) => `${name} ${colour}`).join(', ');
      });
    }
    await check('the Getting Started walkthrough lists its four steps', results, async () => {
      await runCommand(page, 'Open Walkthrough');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.first().fill('Crosscheck');
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with Crosscheck' });
      await poll('the walkthrough in the list', async () => ((await row.count()) > 0 ? true : undefined), 15_000);
      await row.first().click();
      const steps = ['Open a folder of articles', 'Map your .txt files', 'Read the Problems panel', 'Hover a name, a date or a figure'];
      const text = await poll('the walkthrough’s steps', async () => {
        const shown = (await page.locator('.gettingStartedContainer').first().innerText()).replace(/\s+/g, ' ');
        return steps.every((step) => shown.includes(step)) ? shown : undefined;
      }, 20_000);
      return text.slice(text.indexOf(steps[0]), text.indexOf(steps[0]) + 100);
    });

  } finally {
    await context.close();
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  return results;
}
