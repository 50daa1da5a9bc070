/**
 * What the UI checks read from and do in code-server's workbench, in a browser page: waiting, the rendered tokens
 * of the active editor and their styles, hover cards, Quick Open and the colour theme.
 */
import type { Page } from 'playwright-core';

export interface CheckResult {
  name: string;
  ok: boolean;
  detail?: string;
}

export async function poll<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Runs one check and records what it saw or why it failed; a failure never stops the checks after it. */
export async function check(name: string, results: CheckResult[], body: () => Promise<string | void>): Promise<void> {
  try {
    const detail = await body();
    results.push({ name, ok: true, detail: detail || undefined });
  } catch (error) {
    results.push({ name, ok: false, detail: error instanceof Error ? error.message : String(error) });
  }
}

// The text box of Quick Open, the Command Palette and other pickers (the widget holds checkboxes too).
const QUICK_INPUT = '.quick-input-widget .quick-input-box input';

const TOKEN_SPANS = '.editor-instance .view-lines .view-line span span';

/** The class of the rendered token span whose text contains `text` in the active editor, if any. */
export async function tokenClass(page: Page, text: string): Promise<string | undefined> {
  return page.evaluate(
    ([selector, needle]) => {
      const span = Array.from(document.querySelectorAll(selector)).find((s) => (s.textContent ?? '').includes(needle));
      return span ? span.className : undefined;
    },
    [TOKEN_SPANS, text] as const,
  );
}

/** The colour and weight the editor draws a token in: the span whose text is exactly `text`, else one containing it. */
export async function tokenStyle(page: Page, text: string): Promise<{ color: string; bold: boolean } | undefined> {
  return page.evaluate(
    ([selector, needle]) => {
      // The editor may draw spaces as no-break spaces.
      const textOf = (s: Element) => (s.textContent ?? '').replace(/\u00a0/g, ' ');
      const spans = Array.from(document.querySelectorAll(selector));
      const span = spans.find((s) => textOf(s) === needle) ?? spans.find((s) => textOf(s).includes(needle));
      if (!span) return undefined;
      const style = getComputedStyle(span);
      return { color: style.color, bold: Number(style.fontWeight) >= 600 };
    },
    [TOKEN_SPANS, text] as const,
  );
}

/** The visible hover card's text after pointing at the token `text`, or undefined when none shows. */
export async function hoverOver(page: Page, text: string): Promise<string | undefined> {
  const span = page.locator(TOKEN_SPANS, { hasText: text }).first();
  const box = await span.boundingBox();
  if (!box) return undefined;
  // Leave and come back, so that each attempt asks the server again (the first card may predate indexing).
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden)');
  await hover.first().waitFor({ state: 'visible', timeout: 3000 });
  return (await hover.first().innerText()).replace(/\s+/g, ' ');
}

/** Waits until the visible hover card is fully opaque (it fades in), for a screenshot. */
export async function hoverSettled(page: Page): Promise<void> {
  await poll('the hover to finish fading in', async () =>
    (await page.locator('.monaco-hover:not(.hidden)').first().evaluate((e) => getComputedStyle(e).opacity)) === '1' ? true : undefined, 5000);
}

/** Opens a file of the folder through Quick Open (Ctrl+P), as a user who knows its name does. */
export async function quickOpen(page: Page, fileName: string): Promise<void> {
  await page.locator('.monaco-workbench').first().click({ position: { x: 600, y: 5 } }).catch(() => undefined);
  await page.keyboard.press('Control+P');
  const input = page.locator(QUICK_INPUT);
  await input.first().waitFor({ state: 'visible', timeout: 10_000 });
  await input.first().fill(fileName);
  await poll(`Quick Open to list ${fileName}`, async () => ((await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).count()) > 0 ? true : undefined), 15_000);
  await page.keyboard.press('Enter');
}

/** Runs a command by its title from the Command Palette (F1). */
export async function runCommand(page: Page, title: string): Promise<void> {
  // A picker left open would take the keys.
  if (await page.locator(QUICK_INPUT).first().isVisible().catch(() => false)) await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator(QUICK_INPUT);
  await input.first().waitFor({ state: 'visible', timeout: 10_000 });
  await input.first().fill(`>${title}`);
  // The row whose label starts with the title, after its category if any ("Workspaces: Manage Workspace Trust"):
  // the filter may rank another first ("Preferences: Browse Color Themes in Marketplace").
  const label = new RegExp(`^(?:[^:]+: )?${escapeRegExp(title)}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: label }) });
  await poll(`the command "${title}"`, async () => ((await row.count()) > 0 ? true : undefined), 15_000);
  await row.first().click();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Default themes by their setting id: the label the theme picker shows, and the kind the workbench then wears.
const THEMES: Record<string, { label: string; kind: string }> = {
  'Default Dark Modern': { label: 'Dark Modern', kind: 'vs-dark' },
  'Default Light+': { label: 'Light+', kind: 'vs' },
  'Default High Contrast': { label: 'Dark High Contrast', kind: 'hc-black' },
};

/** Chooses a default colour theme as a user does (Preferences: Color Theme), and waits until the workbench wears it. */
export async function setTheme(page: Page, theme: keyof typeof THEMES): Promise<void> {
  const { label, kind } = THEMES[theme];
  await runCommand(page, 'Preferences: Color Theme');
  const input = page.locator(QUICK_INPUT);
  await poll('the theme picker', async () => ((await input.first().getAttribute('placeholder'))?.includes('Color Theme') ? true : undefined), 15_000);
  await input.first().fill(label);
  const exact = new RegExp(`^${escapeRegExp(label)}$`);
  const first = page.locator('.quick-input-list .monaco-list-row .label-name').first();
  await poll(`the theme ${label} first in the list`, async () => (exact.test((await first.innerText()).trim()) ? true : undefined), 15_000);
  await page.keyboard.press('Enter');
  await poll(`the theme ${label}`, async () => ((await themeKind(page)) === kind ? true : undefined), 20_000);
}

/** The workbench's theme kind: vs (light), vs-dark, hc-black or hc-light. */
export async function themeKind(page: Page): Promise<string | undefined> {
  const classes = (await page.locator('.monaco-workbench').first().getAttribute('class')) ?? '';
  return ['hc-black', 'hc-light', 'vs-dark', 'vs'].find((kind) => classes.split(/\s+/).includes(kind));
}

/** The language the status bar shows for the active editor. */
export async function editorLanguage(page: Page): Promise<string> {
  const item = page.locator('.statusbar-item[id="status.editor.mode"]');
  // No item at all when the active editor is no text editor (a welcome page, a settings editor).
  if ((await item.count()) === 0) return '';
  return (await item.first().textContent({ timeout: 5000 }))?.trim() ?? '';
}
