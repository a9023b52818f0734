// Glob patterns for the include / exclude settings: `**`, `*`, `?`, `{a,b}` and `[abc]`, matched
// against workspace-relative paths with forward slashes, as VS Code's own settings are.

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) { re += '\\{'; continue; }
      re += '(?:' + glob.slice(i + 1, close).split(',').map(escape).join('|') + ')';
      i = close;
    } else if (c === '[') {
      const close = glob.indexOf(']', i);
      if (close < 0) { re += '\\['; continue; }
      re += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
      i = close;
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`, 'i');
}

function escape(s: string): string {
  return s.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
}

export class PathFilter {
  private readonly include: RegExp[];
  private readonly exclude: RegExp[];

  constructor(include: readonly string[], exclude: readonly string[]) {
    this.include = include.map(globToRegExp);
    this.exclude = exclude.map(globToRegExp);
  }

  /** Whether an article at this workspace-relative path belongs to the corpus. */
  accepts(relativePath: string): boolean {
    return this.include.some(r => r.test(relativePath)) && !this.excludes(relativePath);
  }

  /** Whether a folder (relative path, no trailing slash) is excluded, so a scan need not enter it. */
  excludes(relativePath: string): boolean {
    return this.exclude.some(r => r.test(relativePath) || r.test(relativePath + '/'));
  }
}
