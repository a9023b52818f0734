// The server's settings, from the client's initializationOptions or `workspace/configuration`
// (section `newsLens`). Editors other than VS Code may send nothing: the defaults must serve.

export interface Settings {
  include: string[];
  exclude: string[];
  /** Articles larger than this are skipped with a message, never half-analysed. */
  maxFileSizeMB: number;
  inlayHints: {
    /** Show what relative dates ("Tuesday") resolve to beside them. */
    resolvedDates: boolean;
  };
}

/**
 * The most any setting may ask for (package.json says the same): a workspace's settings are not
 * to make the server read a 100 GB file into memory. A JavaScript string holds 512 M characters.
 */
export const MAX_FILE_SIZE_MB = 256;

export const DEFAULT_SETTINGS: Settings = {
  include: ['**/*.txt', '**/*.md', '**/*.markdown', '**/*.news'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/.hg/**', '**/.svn/**', '**/dist/**', '**/out/**',
    '**/build/**', '**/target/**', '**/.venv/**', '**/__pycache__/**', '**/.cache/**'],
  maxFileSizeMB: 10,
  inlayHints: { resolvedDates: true },
};

/** Reads settings from untrusted JSON, keeping the default for anything missing or malformed. */
export function readSettings(raw: unknown): Settings {
  const o = record(raw);
  const strings = (v: unknown, fallback: string[]) =>
    Array.isArray(v) && v.every(s => typeof s === 'string') ? (v as string[]) : fallback;
  const size = typeof o.maxFileSizeMB === 'number' && o.maxFileSizeMB > 0 ? Math.min(o.maxFileSizeMB, MAX_FILE_SIZE_MB) : DEFAULT_SETTINGS.maxFileSizeMB;
  return {
    include: strings(o.include, DEFAULT_SETTINGS.include),
    exclude: strings(o.exclude, DEFAULT_SETTINGS.exclude),
    maxFileSizeMB: size,
    inlayHints: { resolvedDates: flag(record(o.inlayHints).resolvedDates, DEFAULT_SETTINGS.inlayHints.resolvedDates) },
  };
}

const record = (v: unknown) => (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
const flag = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
