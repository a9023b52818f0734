// Find all mentions in VS Code: asked with the server's compact request (protocol.ts), the same
// answer as textDocument/references at a seventh of the JSON, which at tens of thousands of
// mentions is most of the wait. Any other editor asks textDocument/references.
import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';
import { forEachReference } from '../../server/src/compactReferences.js';
import { REFERENCES_REQUEST, type CompactReferences } from '../../server/src/protocol.js';

export function allMentionsMiddleware(client: () => LanguageClient): Middleware {
  return {
    provideReferences: async (document, position, options, token) => {
      const c = client();
      const params = {
        textDocument: { uri: c.code2ProtocolConverter.asUri(document.uri) },
        position: c.code2ProtocolConverter.asPosition(position),
        context: { includeDeclaration: options.includeDeclaration },
      };
      const answer = await c.sendRequest<CompactReferences | null>(REFERENCES_REQUEST, params, token);
      return answer ? toLocations(answer, uri => c.protocol2CodeConverter.asUri(uri)) : [];
    },
  };
}

function toLocations(answer: CompactReferences, asUri: (uri: string) => vscode.Uri): vscode.Location[] {
  const out: vscode.Location[] = [];
  let last: string | undefined, target: vscode.Uri | undefined;
  forEachReference(answer, (uri, sl, sc, el, ec) => {
    if (uri !== last) { last = uri; target = asUri(uri); }
    out.push(new vscode.Location(target!, new vscode.Range(sl, sc, el, ec)));
  });
  return out;
}
