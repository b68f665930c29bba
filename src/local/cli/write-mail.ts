/** Writes every e-mail the emulated MailApp sent as an .eml file (out/thu-nhac/). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { foldName } from '../../core/names';
import type { SentMail } from '../emulator/mail-log';
import { toEml } from '../mail/eml';

export async function writeMailFiles(sent: readonly SentMail[], dir: string, timeZone: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const [i, m] of sent.entries()) {
    const kind = m.subject.startsWith('Nhắc đăng ký:') ? 'nhac' : m.subject.startsWith('Xác nhận đăng ký:') ? 'xac-nhan' : 'thu';
    const who = foldName(m.subject.replace(/^[^:]*:\s*/, '').split(' — ')[0]).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
    const file = path.join(dir, `${String(i + 1).padStart(3, '0')}-${kind}-${who || 'don-vi'}.eml`);
    const eml = toEml(
      { to: m.to, cc: m.cc, subject: m.subject, body: m.body, htmlBody: m.htmlBody ?? undefined, name: m.name ?? undefined, replyTo: m.replyTo ?? undefined },
      { from: m.from, date: m.sentAt, timeZone },
    );
    await writeFile(file, eml);
    files.push(file);
  }
  return files;
}
