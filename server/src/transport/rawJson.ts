// Replies written as JSON by the feature that builds them, and the encoder that copies them into
// the message as they are. "All mentions" of a corpus's most-mentioned name is 30,000 to 300,000
// locations: built as objects and given to JSON.stringify, the reply took more time than finding
// them, and left as much garbage again.
import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';

/**
 * A value of type T already written as JSON (UTF-8). Any other serializer (the IPC transport's)
 * still gets the value itself, through `toJSON`.
 */
export class RawJson<T> {
  declare private readonly type: T;
  constructor(readonly bytes: Uint8Array) {}

  static of<T>(value: T): RawJson<T> {
    return new RawJson<T>(Buffer.from(JSON.stringify(value), 'utf8'));
  }

  toJSON(): T {
    return JSON.parse(Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).toString('utf8')) as T;
  }

  /** Itself, typed as the value it writes, for a request handler declared to return a T. */
  asReply(): T {
    return this as unknown as T;
  }
}

/** `application/json` as vscode-jsonrpc writes it, with a reply's `RawJson` result copied in. */
export const rawJsonEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(message: Message, options: { charset: BufferEncoding }): Promise<Uint8Array> {
    return Promise.resolve(encodeMessage(message, options.charset));
  },
};

export function encodeMessage(message: Message, charset: BufferEncoding = 'utf8'): Buffer {
  const reply = message as { id?: unknown; result?: unknown };
  if (!(reply.result instanceof RawJson) || Object.keys(reply).some(k => !REPLY_KEYS.has(k)) || !isUtf8(charset)) {
    return Buffer.from(JSON.stringify(message), charset);
  }
  const head = Buffer.from(`{"jsonrpc":"2.0","id":${JSON.stringify(reply.id)},"result":`, 'utf8');
  return Buffer.concat([head, reply.result.bytes, CLOSE]);
}

const REPLY_KEYS = new Set(['jsonrpc', 'id', 'result']);
const CLOSE = Buffer.from('}');
const isUtf8 = (charset: string) => /^utf-?8$/i.test(charset);
