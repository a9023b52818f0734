// One spelling per file. Clients write the same file's URI differently (Neovim lower-cases
// percent escapes, VS Code encodes `:` on Windows drives); the corpus keys articles by the form
// VS Code itself writes, so a file scanned from disk and the same file opened in an editor are
// one article, never two.
import { URI } from 'vscode-uri';

export function canonicalUri(uri: string): string {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? URI.file(parsed.fsPath).toString() : parsed.toString();
  } catch {
    return uri;
  }
}

export function uriToPath(uri: string): string | undefined {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : undefined;
}

export function pathToUri(path: string): string {
  return URI.file(path).toString();
}
