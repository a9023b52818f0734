// Page helpers for the VS Code workbench (selectors checked against VS Code 1.100 in code-server).
// Positions come from the article files on disk, and the mouse goes where the editor draws the cursor,
// so the helpers hold whatever the window width, wrapping or scrolling.
import { readFileSync } from 'node:fs';

export const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Line and column (1-based, UTF-16 like VS Code's) of `needle` in a file, plus `shift` characters. */
export function positionOf(file, needle, shift = 0) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i].indexOf(needle);
    if (c >= 0) return { line: i + 1, col: c + shift + 1, text: lines[i] };
  }
  throw new Error(`"${needle}" not in ${file}`);
}

async function quickInput(page, open, text, row) {
  await page.keyboard.press(open);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(text);
  // the list filters as it goes: wait until the row Enter would pick (the focused one) is the wanted one
  if (row) await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: row }).waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** Opens a file of the workspace through Quick Open and waits for its editor tab. */
export async function openFile(page, name) {
  await quickInput(page, `${mod}+P`, name, name);
  await activeTab(page, name);
}

export async function activeTab(page, name, timeout = 10_000) {
  await page.locator('.editor-group-container.active .tab.active', { hasText: name }).waitFor({ timeout });
}

export async function runCommand(page, title) {
  await quickInput(page, 'F1', `>${title}`, title);
}

export const selection = (page) => page.locator('#status\\.editor\\.selection');

/** Puts the cursor at line:col (Quick Open's ":line:col") and waits until the status bar says so. */
export async function gotoPosition(page, { line, col }) {
  // wait for the "Go to line" row: Enter before it is there does nothing
  await quickInput(page, `${mod}+P`, `:${line}:${col}`, `Go to line ${line} and character ${col}`);
  await selection(page).filter({ hasText: new RegExp(`Ln ${line}, Col ${col}\\b`) }).waitFor({ timeout: 10_000 });
}

/** Where the editor draws the cursor: a point inside the character after it. */
export async function cursorPoint(page) {
  const box = await page.locator('.editor-group-container.active .monaco-editor .cursors-layer .cursor').first().boundingBox();
  if (!box) throw new Error('no cursor on screen');
  return { x: box.x + 4, y: box.y + box.height / 2 };
}

/**
 * Hovers the mouse over `point` until the hover widget's text matches `want` (the language server may still
 * be indexing): moves away and back, within `timeout` ms. Returns the last text seen. `point` may be a function
 * giving the point anew each time (text moves when a code lens appears above it).
 */
export async function hoverUntil(page, at, want, timeout = 30_000) {
  // the editor's own hover: a tree row's tooltip in a side bar view is a .monaco-hover too
  const hover = page.locator('.monaco-editor .monaco-hover:visible').first();
  const until = Date.now() + timeout;
  let text = '';
  while (Date.now() < until) {
    const point = typeof at === 'function' ? await at() : at;
    await page.mouse.move(point.x + 30, point.y + 120);
    await page.waitForTimeout(200);
    await page.mouse.move(point.x, point.y);
    text = await hover.innerText({ timeout: 3000 }).catch(() => '');
    if (want.test(text)) return text;
    await page.waitForTimeout(500);
  }
  return text;
}
