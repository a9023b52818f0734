#!/usr/bin/env node
// The reading aids as a person uses them, in a real VS Code (code-server + Debian Chromium) with news-lens.vsix
// installed and a copy of samples/ open: code lens, resolved dates inline, the entity explorer, co-mentions,
// the timeline and a correction made through a code action. Prints one line per check and
// `N passed, N failed`. Screenshots go to <work>/out; the explorer and the timeline also to docs/ (README).
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checks, openWorkbench } from './session.mjs';
import { expand, rows, rowTexts, showOnly, viewAction, viewDescription, widenSideBar } from './treeViews.mjs';
import { activeTab, cursorPoint, gotoPosition, hoverUntil, mod, openFile, positionOf, selection } from './workbench.mjs';
import { ROOT, sampleArticleCount, startRun } from '../workspace.mjs';

const run = startRun('reading');
const { mark, out, folder } = run;
const LISBON = '2024-03-12-lisbon-water-talks.txt';
const PORTO = '2024-03-18-porto-dock-strike.txt';
const NAIROBI = '2024-03-15-nairobi-water-summit.md';
const LONDON = 'london-book-fair.md';
const KERICHO = '2024-03-25-kericho-reading.txt';  // "Jim Kariuki", whom the London article calls James Kariuki

let page;
const { check, fatal, finish } = checks(run, () => page);

/** Waits until the editor's status bar shows the cursor at the start or the end of `needle` in `file`. */
async function cursorOn(file, needle) {
  const { line, col } = positionOf(join(folder, file), needle);
  const end = col + needle.length;
  await selection(page).filter({ hasText: new RegExp(`Ln ${line}, Col (${col}|${end})\\b`) }).waitFor({ timeout: 10_000 });
  return selection(page).innerText();
}

/** Saves a screenshot for the README. */
function toDocs(name) {
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  copyFileSync(join(out, name), join(ROOT, 'docs', name));
}

try {
  ({ page } = await openWorkbench(run, { 'editor.wordWrap': 'on' }));
  await openFile(page, LISBON);
  await page.locator('.part.statusbar .statusbar-item', { hasText: new RegExp(`News Lens: ${sampleArticleCount()} articles$`) }).waitFor({ timeout: 60_000 });
  mark('workbench loaded, corpus indexed');

  await check('an inlay hint shows what a relative date resolves to', async () => {
    // "… in Lisbon on Tuesday ▸ 12 Mar 2024 that commits …": the hint is drawn right after the word (the editor
    // writes spaces as no-break spaces)
    const line = page.locator('.editor-group-container.active .view-line', { hasText: /on\sTuesday\s?▸\s12\sMar\s2024/ });
    await line.first().waitFor({ timeout: 20_000 });
    const text = (await line.first().innerText()).replace(/\u00a0/g, ' ');
    mark(`line with hint: ${JSON.stringify(text)}`);
    assert.match(text, /Lisbon on Tuesday\s?▸ 12 Mar 2024 that/);
  });

  await check('the code lens counts the article’s people, places and dates and opens the explorer on it', async () => {
    const lens = page.locator('.editor-group-container.active .codelens-decoration a').first();
    await lens.waitFor({ timeout: 20_000 });
    const text = await lens.innerText();
    mark(`code lens: ${JSON.stringify(text)}`);
    assert.match(text, /^\d+ people · \d+ places · \d+ dates$/);
    await lens.click();
    await rows(page, 'Entities', 'Ana Ribeiro').first().waitFor({ timeout: 15_000 });
    const description = await viewDescription(page, 'Entities');
    assert.ok(description.includes(LISBON), `the explorer shows ${description}`);
    const ana = await rows(page, 'Entities', 'Ana Ribeiro').first().locator('.label-description').innerText();
    assert.match(ana, /^\d+ mentions$/, 'counted in this article only');
    const people = Number(text.split(' ')[0]);
    const listed = await rows(page, 'Entities', /^People$/).locator('.label-description').innerText();
    assert.equal(Number(listed), people, 'the lens and the explorer agree');
  });

  await check('the explorer lists an entity of the corpus and opens a mention where it is', async () => {
    await viewAction(page, 'Entities', 'Show the Whole Corpus');
    await showOnly(page, 'Entities');
    await page.waitForFunction(() => document.querySelector('.pane-header[aria-label^="Entities"]')?.getAttribute('aria-label').includes('whole corpus'));
    await widenSideBar(page, 640);
    const ana = await expand(page, 'Entities', 'Ana Ribeiro');
    assert.match(await ana.locator('.label-description').innerText(), /mentions · 4 articles/);
    await expand(page, 'Entities', PORTO);
    const mention = rows(page, 'Entities', /Foreign Minister Ana Ribeiro, who is due to visit Nairobi/);
    await mention.first().waitFor();
    await expand(page, 'Entities', 'Often with');
    mark(`explorer: ${JSON.stringify((await rowTexts(page, 'Entities')).slice(0, 16))}`);
    await page.screenshot({ path: join(out, 'explorer.png') });
    toDocs('explorer.png');
    await mention.first().click();
    await activeTab(page, PORTO);
    mark(`opened ${PORTO} at ${await cursorOn(PORTO, 'Ana Ribeiro')}`);
  });

  await check('co-mentions: who appears with an entity, each opening onward', async () => {
    const together = await rowTexts(page, 'Entities');
    const often = together.findIndex((t) => t.startsWith('Often with'));
    assert.ok(often >= 0, 'no "Often with" row');
    const names = together.slice(often + 1, often + 9).map((t) => t.split(' | ')[0]);
    mark(`Ana Ribeiro is often with: ${JSON.stringify(names)}`);
    assert.ok(names.includes('David Mwangi') && names.includes('Lisbon'), names.join(', '));
    // a co-mentioned entity opens like any other: onto its own articles (his 2 mentions in the Lisbon article;
    // Ana Ribeiro's row for it says 5)
    await expand(page, 'Entities', 'David Mwangi'); // the first: the one under "Often with"
    await rows(page, 'Entities', LISBON).filter({ has: page.locator('.label-description', { hasText: /^2 mentions/ }) }).first().waitFor();
  });

  await check('the timeline lists a date with its sentence and opens it', async () => {
    await showOnly(page, 'Timeline');
    // dates with no calendar value are filed apart: "now" in the Nairobi article
    await expand(page, 'Timeline', 'Without a date');
    await rows(page, 'Timeline', /families now walk/).first().waitFor();
    await rows(page, 'Timeline', 'Without a date').first().click();
    await expand(page, 'Timeline', /^2024$/);
    await expand(page, 'Timeline', 'March 2024');
    await expand(page, 'Timeline', 'Tuesday 12 March 2024');
    const entry = rows(page, 'Timeline', /the agreement signed on Tuesday was/);
    await entry.first().waitFor();
    await expand(page, 'Timeline', 'Without a date');
    mark(`timeline: ${JSON.stringify((await rowTexts(page, 'Timeline')).slice(0, 14))}`);
    await page.screenshot({ path: join(out, 'timeline.png') });
    toDocs('timeline.png');
    await entry.first().click();
    await activeTab(page, NAIROBI);
    mark(`opened ${NAIROBI} at ${await cursorOn(NAIROBI, 'Tuesday')}`);
  });

  await check('a correction made through a code action changes the hover card in another article', async () => {
    await openFile(page, LONDON);
    await gotoPosition(page, positionOf(join(folder, LONDON), 'James Kariuki', 2));
    const before = await hoverUntil(page, () => cursorPoint(page), /James Kariuki — person/);
    assert.match(before, /in 1 article\b/);
    await page.mouse.move(5, 5);
    await openFile(page, KERICHO);
    await gotoPosition(page, positionOf(join(folder, KERICHO), 'Jim Kariuki', 2));
    await page.keyboard.press(`${mod}+.`);
    const wanted = 'Merge “Jim Kariuki” with James Kariuki';
    await page.locator(`.action-widget .monaco-list-row.action[aria-label="${wanted}"]`).waitFor();
    // the menu takes keys, not clicks, while the mouse has not moved over it
    for (let i = 0; i < 10 && (await page.locator('.action-widget .monaco-list-row.focused').getAttribute('aria-label')) !== wanted; i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('.action-widget .monaco-list-row'));
    await openFile(page, LONDON);
    await gotoPosition(page, positionOf(join(folder, LONDON), 'James Kariuki', 2));
    const after = await hoverUntil(page, () => cursorPoint(page), /Jim Kariuki/);
    mark(`hover after the merge: ${JSON.stringify(after.slice(0, 160))}`);
    assert.match(after, /Also written: .*Jim Kariuki/);
    assert.match(after, /in 2 articles/);
    // the editor saves the file it changed a moment after the change (the server had its buffer already)
    const file = join(folder, '.newslens.json');
    const saved = () => existsSync(file) && /"alias": "Jim Kariuki",\s*"into": "James Kariuki"/.test(readFileSync(file, 'utf8'));
    for (const until = Date.now() + 10_000; !saved() && Date.now() < until;) await page.waitForTimeout(100);
    assert.ok(saved(), `the corrections file holds the merge: ${existsSync(file) && JSON.stringify(readFileSync(file, 'utf8'))}`);
    await page.screenshot({ path: join(out, 'correction.png') });
  });
} catch (e) {
  await fatal(e);
} finally {
  await finish();
}
