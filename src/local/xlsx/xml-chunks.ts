/**
 * exceljs renders a whole worksheet into one array of small strings (`<`, `c`, ` r="A1"`,
 * …: some 15 per cell) and joins it at the end; at 50,000 rows that array and its pieces
 * took over 1 GB while the copy was written (issue 12, item 10). Its XmlStream is wrapped
 * once so that, between nodes and outside a rollback region (the only place exceljs goes
 * back in the array), the pieces so far are joined into a chunk; `xml` joins the chunks.
 * The text written is the same, character for character.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface XmlStreamShape {
  _xml: string[];
  _rollbacks: unknown[];
  __thiduaChunks?: string[];
  closeNode(): void;
}

/** Pieces joined into one chunk (about 1 MB of XML). */
const CHUNK_PIECES = 65_536;

const XmlStream = require('exceljs/lib/utils/xml-stream.js') as { prototype: XmlStreamShape & { __thiduaChunked?: true } };
const proto = XmlStream.prototype;
const xmlGetter = Object.getOwnPropertyDescriptor(proto, 'xml')?.get as ((this: XmlStreamShape) => string) | undefined;

// Only the exceljs this was written against (4.x): anything else is left as it is.
if (!proto.__thiduaChunked && typeof proto.closeNode === 'function' && xmlGetter) {
  const closeNode = proto.closeNode;
  proto.closeNode = function chunkedCloseNode(this: XmlStreamShape): void {
    closeNode.call(this);
    if (this._xml.length >= CHUNK_PIECES && Array.isArray(this._rollbacks) && this._rollbacks.length === 0) {
      (this.__thiduaChunks ??= []).push(this._xml.join(''));
      this._xml = [];
    }
  };
  Object.defineProperty(proto, 'xml', {
    configurable: true,
    get(this: XmlStreamShape): string {
      const tail = xmlGetter.call(this);
      if (!this.__thiduaChunks) return tail;
      const all = this.__thiduaChunks.join('') + tail;
      this.__thiduaChunks = undefined;
      this._xml = [all];
      return all;
    },
  });
  proto.__thiduaChunked = true;
}
