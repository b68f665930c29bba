/**
 * A sent email as an RFC 5322 / MIME message (`.eml`), the form `npm start` writes reminders
 * and receipts in (`out/thu-nhac/`). Vietnamese survives every mail reader:
 *
 * - headers are ASCII: non-ASCII subjects and display names are RFC 2047 encoded-words
 *   (`=?UTF-8?B?...?=`, split on character boundaries, folded with CRLF + space);
 * - the body is `multipart/alternative` (text/plain then text/html, both UTF-8) when there is
 *   an HTML body, a single text/plain part otherwise; parts are base64 (default) or
 *   quoted-printable;
 * - `Date` is RFC 5322 in the given time zone, `Message-ID` is derived from the content (the
 *   same message gives the same file), lines end with CRLF.
 */
import { createHash } from 'node:crypto';
import { formatDate } from '../emulator/format-date';

/** The parts of a message an .eml needs (a MailApp SentMail fits). */
export interface EmlMessage {
  /** Comma-separated recipients: `a@b.c` or `Tên <a@b.c>`. */
  to: string;
  cc?: string;
  subject: string;
  /** Plain-text body. */
  body: string;
  htmlBody?: string | null;
  /** Sender display name. */
  name?: string | null;
  replyTo?: string | null;
}

/** Options of toEml. */
export interface EmlOptions {
  /** Sender address. */
  from: string;
  /** When it was sent. */
  date: Date;
  /** Zone of the Date header (default UTC). */
  timeZone?: string;
  /** Content-Transfer-Encoding of the parts (default base64). */
  encoding?: 'base64' | 'quoted-printable';
  /** Message-ID without angle brackets (default: a hash of the message). */
  messageId?: string;
}

const CRLF = '\r\n';
/** Bytes of UTF-8 per encoded-word: 39 bytes → 52 base64 characters → a 64-character word. */
const WORD_BYTES = 39;

/** The message as .eml text (CRLF line ends). */
export function toEml(message: EmlMessage, options: EmlOptions): string {
  const encoding = options.encoding ?? 'base64';
  const domain = options.from.split('@')[1] ?? 'localhost';
  const hash = createHash('sha256')
    .update([options.from, options.date.toISOString(), message.to, message.cc ?? '', message.subject, message.body, message.htmlBody ?? ''].join('\n'))
    .digest('hex');
  const messageId = options.messageId ?? `${hash.slice(0, 32)}@${domain}`;
  const headers: string[] = [
    header('From', mailbox(message.name ?? null, options.from)),
    header('To', addressList(message.to)),
  ];
  if (message.cc !== undefined && message.cc.trim() !== '') headers.push(header('Cc', addressList(message.cc)));
  if (message.replyTo !== undefined && message.replyTo !== null && message.replyTo.trim() !== '') {
    headers.push(header('Reply-To', addressList(message.replyTo)));
  }
  headers.push(
    header('Subject', encodeText(message.subject.replace(/[\r\n]+/g, ' '), 'Subject: '.length)),
    header('Date', formatDate(options.date.getTime(), options.timeZone ?? 'UTC', 'EEE, d MMM yyyy HH:mm:ss Z')),
    header('Message-ID', `<${messageId}>`),
    'MIME-Version: 1.0',
  );
  const text = part('text/plain', message.body, encoding);
  if (message.htmlBody === undefined || message.htmlBody === null) {
    return [...headers, ...text.headers, '', text.body, ''].join(CRLF);
  }
  const html = part('text/html', message.htmlBody, encoding);
  const boundary = `=_thi_dua_${hash.slice(32, 56)}`;
  return [
    ...headers,
    'Content-Type: multipart/alternative;',
    ` boundary="${boundary}"`,
    '',
    'This is a multi-part message in MIME format.',
    `--${boundary}`,
    ...text.headers,
    '',
    text.body,
    `--${boundary}`,
    ...html.headers,
    '',
    html.body,
    `--${boundary}--`,
    '',
  ].join(CRLF);
}

function header(name: string, value: string): string {
  return `${name}: ${value}`;
}

function part(type: string, content: string, encoding: 'base64' | 'quoted-printable'): { headers: string[]; body: string } {
  const normalised = content.replace(/\r\n|\r|\n/g, CRLF);
  return {
    headers: [`Content-Type: ${type}; charset=UTF-8`, `Content-Transfer-Encoding: ${encoding}`],
    body: encoding === 'base64' ? base64Lines(Buffer.from(normalised, 'utf8')) : quotedPrintable(normalised),
  };
}

function base64Lines(bytes: Buffer): string {
  const text = bytes.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 76) lines.push(text.slice(i, i + 76));
  return lines.join(CRLF);
}

/** Quoted-printable (RFC 2045): UTF-8 bytes, soft breaks at 76 characters, CRLF kept as line ends. */
function quotedPrintable(text: string): string {
  return text.split(CRLF).map((line) => {
    const bytes = Buffer.from(line, 'utf8');
    let out = '';
    let width = 0;
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      const plain = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
      const token = plain ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      if (width + token.length > 75) {
        out += `=${CRLF}`;
        width = 0;
      }
      out += token;
      width += token.length;
    });
    return out;
  }).join(CRLF);
}

/** `Name <address>` with the name encoded when needed; the bare address when there is no name. */
function mailbox(name: string | null, address: string): string {
  if (name === null || name.trim() === '') return address;
  return `${phrase(name.trim())} <${address}>`;
}

/** A comma-separated address list with each display name encoded when needed. */
function addressList(list: string): string {
  return list.split(',').map((s) => s.trim()).filter((s) => s !== '').map((entry) => {
    const named = /^(.*?)\s*<([^<>]+)>$/.exec(entry);
    if (named === null) return entry;
    return mailbox((named[1] ?? '').replace(/^"(.*)"$/, '$1'), named[2] ?? '');
  }).join(`,${CRLF} `);
}

/** A display name: as is when it is plain ASCII, quoted when it has specials, else encoded-words. */
function phrase(name: string): string {
  if (/^[\x20-\x7e]*$/.test(name) && !name.includes('=?')) {
    return /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]*$/.test(name) ? name : `"${name.replace(/(["\\])/g, '\\$1')}"`;
  }
  return encodedWords(name).join(`${CRLF} `);
}

/** Unstructured text (Subject): as is when plain ASCII, else encoded-words folded after `offset` characters of header name. */
function encodeText(text: string, offset: number): string {
  if (/^[\x20-\x7e]*$/.test(text) && !text.includes('=?') && offset + text.length <= 78) return text;
  if (/^[\x20-\x7e]*$/.test(text) && !text.includes('=?')) return foldAscii(text, offset);
  return encodedWords(text).join(`${CRLF} `);
}

/** Folds a long ASCII header value at spaces (lines of at most 78 characters where possible). */
function foldAscii(text: string, offset: number): string {
  const lines: string[] = [];
  let line = '';
  let room = 78 - offset;
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
      room = 77;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join(`${CRLF} `);
}

/** `=?UTF-8?B?...?=` words of at most WORD_BYTES bytes each, never splitting a character. */
function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk !== '' || words.length === 0) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`);
}
