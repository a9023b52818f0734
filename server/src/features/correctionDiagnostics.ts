// Problems of a `.newslens.json` as diagnostics on the file itself, at the exact place. An error
// says what the server does meanwhile: the file's last valid version stays in force.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { FileProblem } from '../corpus/correctionsFile.js';
import { LineIndex } from '../corpus/lineIndex.js';

const LAST_GOOD = 'News Lens keeps using the last valid corrections until this is fixed.';

export function correctionDiagnostics(text: string, problems: readonly FileProblem[]): Diagnostic[] {
  const lines = LineIndex.of(text);
  return problems.map(p => ({
    range: lines.rangeOf(p.start, p.end),
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'News Lens',
    message: p.severity === 'error' ? `${p.message} ${LAST_GOOD}` : p.message,
  }));
}
