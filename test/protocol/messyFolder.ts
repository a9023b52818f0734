// A reader's messy folder, made at test time (nothing large is committed): two clean articles and
// every kind of file that should not upset them. Each odd article that is text names Helena Costa,
// so references show whether its positions survived decoding; Kwame Mensah is in the clean
// articles only, so counts show whether anything else leaked into the corpus.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCRA, LISBON } from './articles.js';

export const MB = 1048576;

/** Texts of the articles that decode, by file name, as the server should read them. */
export const TEXTS: Record<string, string> = {
  'clean/lisbon.txt': LISBON,
  'clean/accra.txt': ACCRA, // CRLF
  'empty.txt': '',
  'latin1.txt': 'Fishing talks in Brazil\n\nIn São Paulo on Monday, Prime Minister Helena Costa met the mayor. Costa said the talks went well.\n',
  'utf16le.txt': 'Talks in Accra\n\nPrime Minister Helena Costa arrived in Accra on Tuesday. 😀 Costa smiled.\n',
  'utf16be.txt': 'More talks in Accra\n\nOn Wednesday Prime Minister Helena Costa left Accra. Costa flew home.\n',
  'lone-cr.txt': ['Harbour talks in Porto', '', 'PORTO — Thursday, June 6, 2024', '', 'Prime Minister Helena Costa toured the harbour.', 'Costa said Porto would grow.'].join('\r'),
  'marks.txt': [
    'Cafe\u0301 crowds cheer the accord 😀',
    '',
    'The cafe\u0301 owners cheered as 😀Helena Costa😀 arrived 👩🏽‍🌾 in Lisbon. Na\u0308ive fans 🇵🇹 waved as',
    'Prime Minister Jose\u0301 Pereira greeted Helena Costa\u0301 and Zoe\u0308 Okafor 👍🏽.',
  ].join('\n'),
};

/** One line of over 5 MB: a mayor, a city and a date forty thousand times, then Helena Costa. */
export const LONG_LINE_END = ' At last Prime Minister Helena Costa arrived.';
export function longLine(): string {
  const filler = 'Mayor Tiago Moreira spoke in Porto on Monday notwithstanding counterrevolutionaries, uncharacteristically incomprehensibilities. ';
  return filler.repeat(Math.ceil((5 * MB) / filler.length)) + LONG_LINE_END;
}

export interface MessyFolder {
  /** The workspace folder. */
  ws: string;
  /** Its parent, which holds a file the server must never read. */
  outside: string;
}

/** Writes the folder; `locked` files are made unreadable (for root too, see `dropFileCapabilities`). */
export function makeMessyFolder(): MessyFolder {
  const outside = realpathSync(mkdtempSync(join(tmpdir(), 'news-lens-messy-')));
  const ws = join(outside, 'ws');
  const file = (name: string, content: string | Buffer) => {
    mkdirSync(join(ws, name, '..'), { recursive: true });
    writeFileSync(join(ws, name), content);
  };
  for (const [name, text] of Object.entries(TEXTS)) if (!name.startsWith('utf16') && name !== 'latin1.txt') file(name, text);
  file('latin1.txt', Buffer.from(TEXTS['latin1.txt'], 'latin1'));
  file('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXTS['utf16le.txt'], 'utf16le')]));
  file('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXTS['utf16be.txt'], 'utf16le').swap16()]));
  file('one-line.txt', longLine());
  file('huge.txt', Buffer.alloc(50 * MB, 'Helena Costa met Kwame Mensah in Lisbon. '));
  file('binary.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
  file('locked.txt', LISBON);
  file('locked-dir/inside.txt', LISBON);
  chmodSync(join(ws, 'locked.txt'), 0);
  chmodSync(join(ws, 'locked-dir'), 0);
  execFileSync('mkfifo', [join(ws, 'pipe.txt')]);
  // links: a loop, a way out to the parent, one to the root of the disk, one to nothing
  symlinkSync('.', join(ws, 'clean', 'again'));
  mkdirSync(join(ws, 'loop', 'a'), { recursive: true });
  symlinkSync('..', join(ws, 'loop', 'a', 'back'));
  symlinkSync('../..', join(ws, 'loop', 'escape'));
  symlinkSync('/', join(ws, 'disk'));
  symlinkSync(join(outside, 'secret.txt'), join(ws, 'secret-link.txt'));
  symlinkSync('nowhere.txt', join(ws, 'dangling.txt'));
  writeFileSync(join(outside, 'secret.txt'), 'A secret\n\nPrime Minister Helena Costa wrote this outside the folder.\n');
  return { ws, outside };
}

/** The folder's articles that should be indexed. */
export const INDEXED = [...Object.keys(TEXTS), 'one-line.txt'];

/**
 * Runs the server without the power to read any file (root bypasses file permissions), so a
 * locked file is locked for it; as any other user, permissions already hold.
 */
export function dropFileCapabilities(): string[] {
  return process.getuid?.() === 0 ? ['setpriv', '--bounding-set', '-dac_override,-dac_read_search'] : [];
}
