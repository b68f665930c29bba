/**
 * The .eml writer (src/local/mail/eml.ts): decoded back by hand here (header unfolding,
 * RFC 2047 words, MIME parts, base64 and quoted-printable), the Vietnamese must survive.
 */
import { describe, expect, it } from 'vitest';
import { toEml, type EmlMessage } from '../../src/local/mail/eml';

interface Parsed {
  headers: Map<string, string>;
  rawHeaderLines: string[];
  parts: Array<{ type: string; text: string }>;
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b64: string) => `\u0000${b64}\u0001`)
    .replace(/(?:\u0000[^\u0001]*\u0001)+/g, (run) => {
      const bytes = Buffer.concat(run.split('\u0001').filter((s) => s !== '').map((s) => Buffer.from(s.slice(1), 'base64')));
      return bytes.toString('utf8');
    });
}

function decodeQuotedPrintable(text: string): string {
  const soft = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' ) {
      bytes.push(Number.parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(soft.charCodeAt(i));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function splitHead(block: string): { headers: Map<string, string>; lines: string[]; body: string } {
  const end = block.indexOf('\r\n\r\n');
  const head = block.slice(0, end);
  const lines = head.split('\r\n');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, lines, body: block.slice(end + 4) };
}

function decodePart(headers: Map<string, string>, body: string): string {
  const encoding = headers.get('content-transfer-encoding');
  if (encoding === 'base64') return Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

function parse(eml: string): Parsed {
  const { headers, lines, body } = splitHead(eml);
  const type = headers.get('content-type') ?? '';
  const boundary = /boundary="([^"]+)"/.exec(type)?.[1];
  if (boundary === undefined) {
    return { headers, rawHeaderLines: lines, parts: [{ type: type.split(';')[0]!, text: decodePart(headers, body.replace(/\r\n$/, '')) }] };
  }
  const sections = body.split(`--${boundary}`).slice(1, -1);
  const parts = sections.map((section) => {
    const part = splitHead(section.replace(/^\r\n/, ''));
    return { type: (part.headers.get('content-type') ?? '').split(';')[0]!, text: decodePart(part.headers, part.body.replace(/\r\n$/, '')) };
  });
  return { headers, rawHeaderLines: lines, parts };
}

const MESSAGE: EmlMessage = {
  to: 'Chi bộ thôn Đồng Tâm <bithu@dongtam.example>, vp@tho-lap.example',
  cc: 'Văn phòng Đảng ủy <vpdu@tho-lap.example>',
  subject: 'Nhắc đăng ký: Chi bộ thôn Đồng Tâm chưa đăng ký mô hình, phong trào, việc làm điển hình tiên tiến năm 2026',
  body: 'Kính gửi Chi bộ thôn Đồng Tâm,\nHạn đăng ký: 15/12/2025 (còn 3 ngày).\nTrân trọng.',
  htmlBody: '<p>Kính gửi <b>Chi bộ thôn Đồng Tâm</b>,</p><p>Hạn đăng ký: 15/12/2025 — còn 3 ngày.</p>',
  name: 'Ban Thường vụ Đảng ủy xã Thọ Lập',
  replyTo: 'Ban Xây dựng Đảng <bxd@tho-lap.example>',
};
const DATE = new Date(Date.UTC(2025, 11, 12, 2, 30, 0));

describe('toEml', () => {
  it('round-trips a Vietnamese multipart/alternative message (base64)', () => {
    const eml = toEml(MESSAGE, { from: 'canbo@tho-lap.example', date: DATE, timeZone: 'Asia/Ho_Chi_Minh' });
    expect(eml).toMatch(/^[\x00-\x7f]*$/);
    expect(eml.split('\r\n').every((line) => line.length <= 78)).toBe(true);
    expect(eml.replace(/\r\n/g, '')).not.toContain('\n');
    const parsed = parse(eml);
    const h = parsed.headers;
    expect(decodeWords(h.get('subject')!)).toBe(MESSAGE.subject);
    expect(decodeWords(h.get('from')!)).toBe('Ban Thường vụ Đảng ủy xã Thọ Lập <canbo@tho-lap.example>');
    expect(decodeWords(h.get('to')!)).toBe('Chi bộ thôn Đồng Tâm <bithu@dongtam.example>, vp@tho-lap.example');
    expect(decodeWords(h.get('cc')!)).toBe('Văn phòng Đảng ủy <vpdu@tho-lap.example>');
    expect(decodeWords(h.get('reply-to')!)).toBe('Ban Xây dựng Đảng <bxd@tho-lap.example>');
    expect(h.get('date')).toBe('Fri, 12 Dec 2025 09:30:00 +0700');
    expect(h.get('message-id')).toMatch(/^<[0-9a-f]{32}@tho-lap\.example>$/);
    expect(h.get('mime-version')).toBe('1.0');
    expect(h.get('content-type')).toMatch(/^multipart\/alternative; boundary="/);
    expect(parsed.parts.map((p) => p.type)).toEqual(['text/plain', 'text/html']);
    expect(parsed.parts[0]!.text).toBe(MESSAGE.body.replace(/\n/g, '\r\n'));
    expect(parsed.parts[1]!.text).toBe(MESSAGE.htmlBody);
    const subjectLines = parsed.rawHeaderLines.slice(parsed.rawHeaderLines.findIndex((l) => l.startsWith('Subject:')));
    expect(subjectLines[0]!.length).toBeLessThanOrEqual(76);
    expect(subjectLines[1]!.startsWith(' =?UTF-8?B?')).toBe(true);
  });

  it('quoted-printable parts decode to the same text; the same message gives the same file', () => {
    const eml = toEml(MESSAGE, { from: 'canbo@tho-lap.example', date: DATE, encoding: 'quoted-printable' });
    const parsed = parse(eml);
    expect(parsed.parts[0]!.text).toBe(MESSAGE.body.replace(/\n/g, '\r\n'));
    expect(parsed.parts[1]!.text).toBe(MESSAGE.htmlBody);
    expect(eml.split('\r\n').every((line) => line.length <= 78)).toBe(true);
    expect(toEml(MESSAGE, { from: 'canbo@tho-lap.example', date: DATE, encoding: 'quoted-printable' })).toBe(eml);
  });

  it('a plain-text message is one text/plain part; an ASCII subject stays readable; line breaks leave the subject', () => {
    const eml = toEml({ to: 'a@x.example', subject: 'Weekly\r\nreport', body: 'Xin chào' }, { from: 'b@x.example', date: DATE });
    const parsed = parse(eml);
    expect(parsed.headers.get('subject')).toBe('Weekly report');
    expect(parsed.headers.get('from')).toBe('b@x.example');
    expect(parsed.headers.get('date')).toBe('Fri, 12 Dec 2025 02:30:00 +0000');
    expect(parsed.parts).toEqual([{ type: 'text/plain', text: 'Xin chào' }]);
    expect(parsed.headers.has('reply-to')).toBe(false);
  });
});
