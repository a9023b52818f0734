// Page helpers for tree views contributed by an extension (selectors checked against VS Code 1.100 in
// code-server): the rows of a view's pane, expanding a row, and the view's title and actions.

/**
 * The pane of a view in the side bar, by the start of its title ("Entities", "Timeline"). Only the shown view
 * container counts: a hidden one (the Explorer has its own "Timeline") stays in the page.
 */
export const pane = (page, title) => page.locator(`.part.sidebar .pane:visible:has(> .pane-header[aria-label^="${title}"])`);

/** Rows of a view whose label (not description) matches `label` (a string or RegExp). */
export function rows(page, title, label) {
  const all = pane(page, title).locator('.monaco-list-row');
  return label === undefined ? all : all.filter({ has: page.locator('.label-name', { hasText: label }) });
}

/** Row labels and descriptions, for messages. */
export async function rowTexts(page, title) {
  return pane(page, title).locator('.monaco-list-row').evaluateAll((els) =>
    els.map((e) => `${e.querySelector('.label-name')?.textContent ?? ''}${e.querySelector('.label-description') ? ' | ' + e.querySelector('.label-description').textContent : ''}`));
}

/** Expands the first row matching `label` (leaving it open if it is) and waits until it is. */
export async function expand(page, title, label) {
  const row = rows(page, title, label).first();
  await row.waitFor();
  if ((await row.getAttribute('aria-expanded')) === 'false') await row.click();
  // the list draws rows anew as it changes: wait on the row found again, not on the element clicked
  await rows(page, title, label).and(page.locator('[aria-expanded="true"]')).first().waitFor();
  return row;
}

/** The description a view shows beside its title ("whole corpus"). */
export async function viewDescription(page, title) {
  return (await pane(page, title).locator('.pane-header').getAttribute('aria-label')) ?? '';
}

/** Runs a view's title-bar action by its title ("Show the Whole Corpus"). */
export async function viewAction(page, title, action) {
  const header = pane(page, title).locator('.pane-header');
  await header.hover();
  await header.locator(`.action-label[aria-label^="${action}"]`).click();
}

/** Drags the side bar's edge so it is `width` pixels wide (long rows of context then fit). */
export async function widenSideBar(page, width) {
  const box = await page.locator('.part.sidebar').boundingBox();
  const x = box.x + box.width, y = box.y + box.height / 2;
  await page.mouse.move(x - 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 5 });
  await page.mouse.up();
}

/** Opens the view's pane and folds the others of the container, so the view has the room. */
export async function showOnly(page, title) {
  for (const header of await page.locator('.part.sidebar .pane:visible > .pane-header').all()) {
    const mine = ((await header.getAttribute('aria-label')) ?? '').startsWith(title);
    if ((await header.getAttribute('aria-expanded')) !== String(mine)) await header.click();
  }
  await pane(page, title).locator('> .pane-header[aria-expanded="true"]').waitFor();
}
