// The extension-host suite: News Lens through VS Code's own API commands, with the language server
// really running. Entry point for @vscode/test-electron (extensionTestsPath) and for
// test/e2e/run-suite.mjs (the same thing on the VS Code server bundled in code-server).
// The workspace is a copy of samples/; each assertion below is a fact of those articles.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { test, runAll } = require('./runner');

const EXTENSION_ID = 'news-lens.news-lens';
const LISBON = '2024-03-12-lisbon-water-talks.txt';   // earliest article: Ana Ribeiro defined here
const NAIROBI = '2024-03-15-nairobi-water-summit.md';  // YAML front matter date, no dateline
const PORTO = '2024-03-18-porto-dock-strike.txt';     // CRLF line ends
const BRUSSELS = '2024-03-21-brussels-drought-plan.txt';
const MOMBASA = 'mombasa-ferry-festival.md';           // emoji and curly quotes
const LONDON = 'london-book-fair.md';
const KERICHO = '2024-03-25-kericho-reading.txt';      // "Swahili", misread as a place

const exec = (cmd, ...args) => vscode.commands.executeCommand(cmd, ...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const base = (uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

async function open(name) {
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, name);
  return vscode.workspace.openTextDocument(uri);
}

/** Position inside `needle` (shifted by `shift` characters) in a document. */
function at(doc, needle, shift = 1) {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not in ${base(doc.uri)}`);
  return doc.positionAt(i + shift);
}

async function hoverText(doc, pos) {
  const hovers = (await exec('vscode.executeHoverProvider', doc.uri, pos)) || [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n');
}

const located = (l) => ({ uri: l.uri || l.targetUri, range: l.targetSelectionRange || l.range || l.targetRange });

async function textAt(loc) {
  const doc = await vscode.workspace.openTextDocument(loc.uri);
  return doc.getText(loc.range);
}

// The server indexes the folder after activation: wait (bounded) until it answers a hover.
async function ready() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  const api = await ext.activate();
  const status = await Promise.race([api.ready, sleep(60_000).then(() => null)]);
  assert.ok(status, 'the server did not report "ready" within 60 s');
  assert.equal(status.articles, 7);
  const doc = await open(LISBON);
  await vscode.window.showTextDocument(doc);
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if ((await hoverText(doc, at(doc, 'Ana Ribeiro'))).includes('Ana Ribeiro')) return;
    await sleep(250);
  }
  throw new Error('the language server did not answer a hover within 30 s of being ready');
}

test('the extension activates and the server answers', ready);

test('commands are registered', async () => {
  const all = await vscode.commands.getCommands(true);
  for (const c of ['newsLens.reindex', 'newsLens.showOutput']) assert.ok(all.includes(c), `${c} missing`);
});

test('hover on a short mention shows the person card', async () => {
  const doc = await open(LISBON);
  const text = await hoverText(doc, at(doc, 'Ribeiro told reporters', 3));
  assert.match(text, /^\*\*Ana Ribeiro\*\* — person/);
  // she is written about in four articles (Lisbon, Nairobi, Porto, Brussels)
  assert.match(text, /mentions? in 4 articles/);
});

test('hover on a relative date resolves it against the dateline', async () => {
  const doc = await open(LISBON);
  assert.match(await hoverText(doc, at(doc, 'on Tuesday', 4)), /^\*\*Tuesday 12 March 2024\*\* — date/);
});

test('hover on a relative date resolves it against the front matter date', async () => {
  const doc = await open(NAIROBI);
  assert.match(await hoverText(doc, at(doc, 'on Friday', 4)), /^\*\*Friday 15 March 2024\*\* — date/);
});

test('go to definition: a later "Ribeiro" leads to the first full-name mention', async () => {
  const doc = await open(PORTO);
  const defs = (await exec('vscode.executeDefinitionProvider', doc.uri, at(doc, 'Ribeiro urged'))) || [];
  assert.equal(defs.length, 1, `expected 1 definition, got ${defs.length}`);
  const def = located(defs[0]);
  assert.equal(base(def.uri), LISBON);
  assert.equal(await textAt(def), 'Ana Ribeiro');
  const lisbon = await open(LISBON);
  assert.equal(def.range.start.line, at(lisbon, 'Ana Ribeiro', 0).line);
});

test('find references: every mention of Ana Ribeiro, in four articles', async () => {
  const doc = await open(LISBON);
  const refs = (await exec('vscode.executeReferenceProvider', doc.uri, at(doc, 'Ms. Ribeiro', 5))) || [];
  const files = [...new Set(refs.map((r) => base(r.uri)))].sort();
  assert.deepEqual(files, [LISBON, NAIROBI, PORTO, BRUSSELS].sort());
  for (const r of refs) assert.match(await textAt(r), /Ribeiro$/, `reference in ${base(r.uri)}`);
  assert.ok(refs.length >= 10, `only ${refs.length} references`);
});

test('CRLF article: ranges land on the right characters', async () => {
  const doc = await open(PORTO);
  assert.equal(doc.eol, vscode.EndOfLine.CRLF);
  const text = await hoverText(doc, at(doc, 'Pereira said his', 2));
  assert.match(text, /^\*\*João Pereira\*\* — person/);
  const refs = (await exec('vscode.executeReferenceProvider', doc.uri, at(doc, 'Pereira said the union', 2))) || [];
  assert.ok(refs.length >= 3, `only ${refs.length} references to Pereira`);
  for (const r of refs) assert.match(await textAt(r), /Pereira$/);
});

test('emoji and curly quotes: ranges land on the right characters', async () => {
  const doc = await open(MOMBASA);
  assert.match(await hoverText(doc, at(doc, 'Ochieng said the idea', 2)), /^\*\*Peter Ochieng\*\* — person/);
  const refs = (await exec('vscode.executeReferenceProvider', doc.uri, at(doc, 'Wanjiru’s', 2))) || [];
  for (const r of refs) assert.match(await textAt(r), /Wanjiru$/);
  assert.ok(refs.some((r) => base(r.uri) === NAIROBI), 'Grace Wanjiru of the Nairobi article not linked');
});

test('outline: headline, then People, Places and Dates with counts', async () => {
  const doc = await open(LISBON);
  const syms = (await exec('vscode.executeDocumentSymbolProvider', doc.uri)) || [];
  // VS Code hands symbols out sorted by position, so the groups come in the order their first mention does
  assert.equal(syms[0]?.name, 'Portugal and Kenya agree to share drought data after Lisbon talks');
  assert.deepEqual(syms.slice(1).map((s) => s.name).sort(), ['Dates', 'People', 'Places']);
  const group = (name) => syms.find((s) => s.name === name);
  const [people, places, dates] = ['People', 'Places', 'Dates'].map(group);
  const ana = people.children.find((s) => s.name === 'Ana Ribeiro');
  assert.ok(ana, `People: ${people.children.map((s) => s.name)}`);
  assert.match(ana.detail, /^\d+ mentions$/);
  assert.equal(ana.children.length, Number(ana.detail.split(' ')[0]));
  for (const name of ['David Mwangi', 'Maria Santos']) assert.ok(people.children.some((s) => s.name === name), name);
  for (const name of ['Lisbon', 'Nairobi', 'Brussels']) assert.ok(places.children.some((s) => s.name === name), name);
  assert.ok(dates.children.some((s) => s.name === 'Tuesday 12 March 2024'), `Dates: ${dates.children.map((s) => s.name)}`);
});

test('workspace symbols find a person by a short name', async () => {
  const syms = (await exec('vscode.executeWorkspaceSymbolProvider', 'Ribeiro')) || [];
  const ana = syms.find((s) => s.name === 'Ana Ribeiro');
  assert.ok(ana, `got ${syms.map((s) => s.name)}`);
  assert.equal(base(ana.location.uri), LISBON);
  const places = (await exec('vscode.executeWorkspaceSymbolProvider', 'Nairobi')) || [];
  assert.ok(places.some((s) => s.name === 'Nairobi'), `got ${places.map((s) => s.name)}`);
});

test('semantic tokens mark people, places and dates', async () => {
  const doc = await open(LONDON);
  const legend = await exec('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await exec('vscode.provideDocumentSemanticTokens', doc.uri);
  assert.ok(legend && tokens, 'no semantic tokens');
  const found = new Map();   // "line:char" -> token type
  let line = 0, char = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, , type] = tokens.data.slice(i, i + 4);
    line += dl; char = dl ? dc : char + dc;
    found.set(`${line}:${char}`, legend.tokenTypes[type]);
  }
  const expect = (needle, type) => {
    const p = at(doc, needle, 0);
    const onLine = [...found].filter(([k]) => k.startsWith(`${p.line}:`)).map(([k, t]) => `${k} ${t}`);
    assert.equal(found.get(`${p.line}:${p.character}`), type, `"${needle}" at ${p.line}:${p.character}; tokens there: ${onLine}`);
  };
  expect('Sarah Mitchell', 'person');
  expect('Nairobi teacher', 'place');
  expect('Friday, March 22, 2024', 'date');
});

// ---- reading aids: explorer, timeline, inlay hints, code lens, corrections

const api = () => vscode.extensions.getExtension(EXTENSION_ID).exports;
const label = (item) => (typeof item.label === 'string' ? item.label : item.label.label);

async function until(probe, what, ms = 15_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

test('the reading commands are registered', async () => {
  const all = await vscode.commands.getCommands(true);
  for (const c of ['newsLens.entities.showArticle', 'newsLens.entities.showCorpus', 'newsLens.entities.filter',
    'newsLens.entities.clearFilter', 'newsLens.timeline.refresh', 'newsLens.showArticleEntities']) assert.ok(all.includes(c), `${c} missing`);
});

test('inlay hints: a relative date shows what it resolves to, nothing for a date written in full', async () => {
  const doc = await open(LISBON);
  const hints = (await exec('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0))) || [];
  const tuesday = at(doc, 'on Tuesday', 3 + 'Tuesday'.length);
  const hint = hints.find((h) => h.position.isEqual(tuesday));
  assert.ok(hint, `no hint after "on Tuesday": ${hints.map((h) => `${h.position.line}:${h.position.character} ${h.label}`)}`);
  assert.equal(hint.label, '▸ 12 Mar 2024');
  assert.ok(!hints.some((h) => h.position.line === at(doc, 'LISBON —').line), 'the dateline is written in full');
});

test('code lens: the article’s counts above its headline, opening the explorer on it', async () => {
  const doc = await open(LISBON);
  const lenses = (await exec('vscode.executeCodeLensProvider', doc.uri)) || [];
  assert.equal(lenses.length, 1);
  assert.match(lenses[0].command.title, /^3 people · \d+ places · \d+ dates$/);
  assert.equal(lenses[0].range.start.line, 0);
  const { entities } = api().views;
  await exec(lenses[0].command.command, ...lenses[0].command.arguments);
  assert.equal(entities.scope, 'article');
  const [people] = await entities.getChildren();
  assert.equal(label(entities.getTreeItem(people)), 'People');
  assert.equal(people.total, 3);
  entities.showCorpus();
});

test('explorer: the corpus’s people most mentioned first, an entity opening onto articles, mentions and co-mentions', async () => {
  const { entities } = api().views;
  entities.showCorpus();
  const groups = await entities.getChildren();
  assert.deepEqual(groups.map((g) => label(entities.getTreeItem(g))), ['People', 'Places', 'Dates']);
  const [ana] = await entities.getChildren(groups[0]);
  assert.equal(label(entities.getTreeItem(ana)), 'Ana Ribeiro');
  assert.equal(entities.getTreeItem(ana).description, '12 mentions · 4 articles');
  const children = await entities.getChildren(ana);
  const articles = children.filter((c) => c.kind === 'article');
  assert.deepEqual(articles.map((a) => a.article.label).sort(), [LISBON, NAIROBI, PORTO, BRUSSELS].sort());
  const [mention] = await entities.getChildren(articles[0]);
  const item = entities.getTreeItem(mention);
  assert.equal(item.command.command, 'vscode.open');
  const [uri, { selection }] = item.command.arguments;
  const doc = await vscode.workspace.openTextDocument(uri);
  assert.match(doc.getText(selection), /Ribeiro/);
  const together = children.find((c) => c.kind === 'together');
  const names = (await entities.getChildren(together)).map((c) => c.entity.name);
  assert.ok(names.includes('David Mwangi') && names.includes('Lisbon'), names.join(', '));
});

test('explorer: a filter narrows every group', async () => {
  const { entities } = api().views;
  entities.setFilter('kari');
  const groups = await entities.getChildren();
  const people = await entities.getChildren(groups[0]);
  assert.deepEqual(people.map((p) => p.entity.name).sort(), ['James Kariuki', 'Jim Kariuki']);
  assert.equal(groups[1].total, 0);
  entities.setFilter('');
});

test('hover: the people and places often with someone link to where they are defined', async () => {
  const doc = await open(LISBON);
  const text = await hoverText(doc, at(doc, 'Ana Ribeiro', 2));
  assert.match(text, /Often with: .*\[Lisbon\]\(file:[^)]*#L\d+\) \(\d+\)/);
});

test('timeline: years, then months and days, the dates without a value apart; an entry opens its mention', async () => {
  const { timeline } = api().views;
  const top = await timeline.getChildren();
  assert.deepEqual(top.map((b) => b.bucket.label), ['2021', '2023', '2024', '2025', 'Without a date']);
  const march = (await timeline.getChildren(top[2])).find((b) => b.bucket.label === 'March 2024');
  const day = (await timeline.getChildren(march)).find((b) => b.bucket.label === 'Tuesday 12 March 2024');
  const entries = await timeline.getChildren(day);
  const nairobi = entries.find((e) => e.entry.article === NAIROBI);
  assert.ok(nairobi, entries.map((e) => e.entry.article).join(', '));
  const item = timeline.getTreeItem(nairobi);
  assert.equal(item.description, NAIROBI);
  const [uri, { selection }] = item.command.arguments;
  assert.equal((await vscode.workspace.openTextDocument(uri)).getText(selection), 'Tuesday');
  const undated = await timeline.getChildren(top[4]);
  assert.ok(undated.some((e) => e.entry.text === 'now'), 'the “now” of the Nairobi article');
});

test('code actions on a mention offer corrections: not a place, another type, a merge', async () => {
  const doc = await open(KERICHO);
  const titles = async (needle) => ((await exec('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at(doc, needle), at(doc, needle)))) || [])
    .map((a) => a.title);
  assert.deepEqual(await titles('Swahili'), ['Not a place: “Swahili” everywhere', 'Change type to person: “Swahili” everywhere']);
  assert.ok((await titles('Jim Kariuki')).includes('Merge “Jim Kariuki” with James Kariuki'));
});

test('corrections file: applied from disk at once; a malformed edit gets a diagnostic and the last good one stays', async () => {
  const doc = await open(KERICHO);
  const swahili = () => hoverText(doc, at(doc, 'Swahili'));
  assert.match(await swahili(), /^\*\*Swahili\*\* — place/);
  const file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, '.newslens.json');
  await vscode.workspace.fs.writeFile(file, Buffer.from('{\n  "version": 1,\n  "notEntity": [{ "text": "Swahili", "type": "PLACE" }]\n}\n'));
  try {
    await until(async () => !(await swahili()), 'Swahili to be no place');
    const json = await vscode.workspace.openTextDocument(file);
    const broken = new vscode.WorkspaceEdit();
    broken.insert(file, json.positionAt(json.getText().indexOf('"PLACE"') + 7), ',');
    assert.ok(await vscode.workspace.applyEdit(broken));
    const diagnostics = await until(() => vscode.languages.getDiagnostics(file).filter((d) => d.source === 'News Lens').length
      && vscode.languages.getDiagnostics(file).filter((d) => d.source === 'News Lens'), 'a diagnostic on .newslens.json');
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostics[0].message, /last valid corrections/);
    assert.equal(await swahili(), '', 'the last good corrections stay in force');
    const fixed = new vscode.WorkspaceEdit();
    const comma = json.getText().indexOf('"PLACE",') + 7;
    fixed.delete(file, new vscode.Range(json.positionAt(comma), json.positionAt(comma + 1)));
    assert.ok(await vscode.workspace.applyEdit(fixed));
    await until(() => !vscode.languages.getDiagnostics(file).some((d) => d.source === 'News Lens'), 'the diagnostic to go');
  } finally {
    // emptied through the editor (the server follows its buffer while the document is open), then deleted
    const json = await vscode.workspace.openTextDocument(file);
    const reset = new vscode.WorkspaceEdit();
    reset.replace(file, new vscode.Range(0, 0, json.lineCount, 0), '{ "version": 1 }\n');
    await vscode.workspace.applyEdit(reset);
    await json.save();
    await vscode.workspace.fs.delete(file);
  }
  await until(async () => /— place/.test(await swahili()), 'Swahili to be a place again');
});

exports.run = () => runAll();
