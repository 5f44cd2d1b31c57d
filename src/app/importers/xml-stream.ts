// A streaming, SAX-style XML reader for Apple Health's export.xml, which runs to gigabytes: it calls back
// for each start and end tag as text arrives and keeps only the unfinished tail of the last chunk. It reads
// what exports hold: the XML declaration, a DOCTYPE with an internal subset, comments, CDATA, elements and
// attributes with the five named entities and character references. Text content is skipped; attributes
// are read only when asked for, because most of a health export is records nobody asked about.
import { ValidationError } from '../../core/errors.js';

/** A start tag. `attr()` reads one attribute (decoded); `attrs()` all of them. */
export interface XmlStart {
  name: string;
  /** 1-based line of the tag's `<`. */
  line: number;
  selfClosing: boolean;
  attr(name: string): string | undefined;
  attrs(): Record<string, string>;
}

export interface XmlHandler {
  open(el: XmlStart): void;
  /** Called for an end tag, and right after `open` for a self-closing one. */
  close?(name: string): void;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces the five named entities and character references (&#38; &#x26;) in an attribute value. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Reads the attributes of a tag's inner text (after the name) until `want` is found, or all of them when `want` is null. */
function scanAttributes(tag: string, from: number, want: string | null, all: Record<string, string> | null): string | undefined {
  let i = from;
  const n = tag.length;
  while (i < n) {
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < n && tag.charCodeAt(i) !== 61 /* = */ && !isSpace(tag.charCodeAt(i))) i++;
    const name = tag.slice(nameStart, i);
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    if (i >= n || tag.charCodeAt(i) !== 61) return undefined;
    i++;
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = tag.indexOf(quote, i + 1);
    if (end < 0) return undefined;
    if (want === null) all![name] = decodeEntities(tag.slice(i + 1, end));
    else if (name === want) return decodeEntities(tag.slice(i + 1, end));
    i = end + 1;
  }
  return undefined;
}

/** Whether a tag's text holds an even number of `"` and no `'`, so no `>` in it can be inside quotes. */
function balanced(tag: string): boolean {
  if (tag.includes("'")) return false;
  let n = 0;
  for (let q = tag.indexOf('"'); q >= 0; q = tag.indexOf('"', q + 1)) n++;
  return n % 2 === 0;
}

/** Index just past the `>` that ends a tag starting at `from`, skipping `>` inside quoted values; -1 if not in `text` yet. */
function tagEnd(text: string, from: number): number {
  // Fast path: exports escape `>` in values, so the first `>` usually ends the tag.
  const first = text.indexOf('>', from);
  if (first < 0) return -1;
  if (balanced(text.slice(from, first))) return first + 1;
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  return -1;
}

/** Index just past a DOCTYPE (its internal subset in [ ] included); -1 if not in `text` yet. */
function doctypeEnd(text: string, from: number): number {
  const bracket = text.indexOf('[', from);
  const plainEnd = tagEnd(text, from);
  if (bracket < 0 || (plainEnd >= 0 && plainEnd < bracket)) return plainEnd;
  let i = bracket + 1;
  for (;;) {
    const close = text.indexOf(']', i);
    if (close < 0) return -1;
    let j = close + 1;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (j >= text.length) return -1;
    if (text[j] === '>') return j + 1;
    i = close + 1;
  }
}

/**
 * Feeds text chunks through the handler. Throws a ValidationError naming the line when the text ends inside
 * a tag or a tag cannot be read; errors thrown by the handler pass through.
 */
export async function parseXmlStream(chunks: AsyncIterable<string>, handler: XmlHandler): Promise<void> {
  let text = '';
  let line = 1;
  // Newlines are counted lazily up to `counted`, so only tags whose line is asked for pay for it.
  let counted = 0;
  const lineAt = (pos: number) => {
    let nl = text.indexOf('\n', counted);
    while (nl >= 0 && nl < pos) {
      line++;
      nl = text.indexOf('\n', nl + 1);
    }
    counted = pos;
    return line;
  };
  let first = true;
  for await (let chunk of chunks) {
    if (first) {
      chunk = chunk.replace(/^\uFEFF/, '');
      first = false;
    }
    text = text.length === 0 ? chunk : text + chunk;
    let pos = 0;
    for (;;) {
      const lt = text.indexOf('<', pos);
      if (lt < 0) {
        pos = text.length;
        break;
      }
      pos = lt;
      let end: number;
      const next = text.charCodeAt(lt + 1);
      if (Number.isNaN(next)) break;
      if (next === 33 /* ! */) {
        if (text.startsWith('<!--', lt)) end = text.indexOf('-->', lt + 4) < 0 ? -1 : text.indexOf('-->', lt + 4) + 3;
        else if (text.startsWith('<![CDATA[', lt)) end = text.indexOf(']]>', lt + 9) < 0 ? -1 : text.indexOf(']]>', lt + 9) + 3;
        else if (text.length - lt < 9) break;
        else if (text.startsWith('<!DOCTYPE', lt)) end = doctypeEnd(text, lt + 9);
        else end = tagEnd(text, lt + 2);
        if (end < 0) break;
        pos = end;
        continue;
      }
      if (next === 63 /* ? */) {
        end = text.indexOf('?>', lt + 2);
        if (end < 0) break;
        pos = end + 2;
        continue;
      }
      end = tagEnd(text, lt + 1);
      if (end < 0) break;
      const tag = text.slice(lt + 1, end - 1);
      pos = end;
      if (next === 47 /* / */) {
        handler.close?.(tag.slice(1).trim());
        continue;
      }
      const selfClosing = tag.endsWith('/');
      const inner = selfClosing ? tag.slice(0, -1) : tag;
      let nameEnd = 0;
      while (nameEnd < inner.length && !isSpace(inner.charCodeAt(nameEnd))) nameEnd++;
      const name = inner.slice(0, nameEnd);
      if (name === '') throw ValidationError.field('file', `line ${lineAt(lt)}: a tag without a name`);
      const tagLine = lineAt(lt);
      handler.open({
        name,
        line: tagLine,
        selfClosing,
        attr: (attr) => scanAttributes(inner, nameEnd, attr, null),
        attrs: () => {
          const all: Record<string, string> = {};
          scanAttributes(inner, nameEnd, null, all);
          return all;
        },
      });
      if (selfClosing) handler.close?.(name);
    }
    lineAt(pos);
    text = text.slice(pos);
    counted = 0;
  }
  if (text.trim() !== '' && text.includes('<')) throw ValidationError.field('file', `line ${line}: the XML ends inside a tag`);
}
