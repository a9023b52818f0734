#!/usr/bin/env node
// `news-lens extract [FILE] [--corrections .newslens.json]`: JSON lines {"id","text","dct"?} in (a
// file or stdin), JSON lines {"id","entities":[{start,end,type,entity,value?}]} out, with a reader's
// corrections made when given. The same library as the language server, so what is measured is
// what a reader sees.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeArticle } from './analysis/analyze.js';
import { extractionRecord } from './analysis/extraction.js';
import { CorrectionRules } from './corpus/corrections.js';
import { readCorrections } from './corpus/correctionsFile.js';
import { LineIndex } from './corpus/lineIndex.js';

const USAGE = `usage: news-lens extract [FILE] [--corrections .newslens.json]
  (JSON lines {"id","text","dct"?}; stdin when FILE is absent or -)`;

async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf('--corrections');
  const correctionsFile = at >= 0 ? argv[at + 1] : undefined;
  const [command, file] = at >= 0 ? [...argv.slice(0, at), ...argv.slice(at + 2)] : argv;
  if (command !== 'extract' || (at >= 0 && !correctionsFile)) {
    process.stderr.write(USAGE + '\n');
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  const rules = correctionsFile ? loadCorrections(correctionsFile) : CorrectionRules.NONE;
  if (!rules) return 2;
  const input = !file || file === '-' ? process.stdin : createReadStream(file, 'utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0, failures = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    try {
      const doc = JSON.parse(line) as { id?: unknown; text?: unknown; dct?: unknown };
      if (typeof doc.text !== 'string') throw new Error('"text" must be a string');
      const dct = typeof doc.dct === 'string' ? doc.dct : undefined;
      const record = extractionRecord(doc.id ?? lineNo, rules.apply(analyzeArticle(doc.text, { dct })));
      process.stdout.write(JSON.stringify(record) + '\n');
    } catch (err) {
      failures++;
      process.stderr.write(`news-lens: line ${lineNo}: ${(err as Error).message}\n`);
    }
  }
  return failures ? 1 : 0;
}

/** The rules of a corrections file; undefined (its problems told) when it has errors. */
function loadCorrections(path: string): CorrectionRules | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    process.stderr.write(`news-lens: ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
    return undefined;
  }
  const { corrections, problems } = readCorrections(text);
  const lines = LineIndex.of(text);
  for (const p of problems) {
    const { line, character } = lines.positionAt(p.start);
    process.stderr.write(`news-lens: ${path}:${line + 1}:${character + 1}: ${p.severity}: ${p.message}\n`);
  }
  return corrections && new CorrectionRules(corrections);
}

main(process.argv.slice(2)).then(code => { process.exitCode = code; });
