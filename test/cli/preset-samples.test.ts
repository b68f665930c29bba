/** The embedded preset samples speak their preset's language: its columns, its roster, real instants. */
import { describe, expect, it } from 'vitest';
import { ANSWER, PRESET_IDS, QUESTION_KIND, QUESTION_ROLE } from '../../src/core/contract';
import { normalizeName } from '../../src/core/names';
import { PRESETS } from '../../src/core/presets';
import { SAMPLES } from '../../src/local/cli/samples';

const ENTRIES = Object.values(SAMPLES).map((s) => [s.preset, s] as const);

describe('preset samples', () => {
  it('cover the five presets', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...PRESET_IDS].sort());
  });
});

describe.each(ENTRIES)('sample %s', (id, sample) => {
  const preset = PRESETS[id];
  const titles = new Set(preset.questions.map((q) => q.title));
  const unitTitle = preset.questions.find((q) => q.role === QUESTION_ROLE.unit)!.title;
  const rosterNames = new Set(preset.units.map((u) => u.name));

  it('keys every answer by Dấu thời gian or one of its questions', () => {
    for (const response of sample.responses) {
      for (const header of Object.keys(response)) {
        expect(header === ANSWER.timestamp || titles.has(header), header).toBe(true);
      }
    }
  });

  it('gives every response a timestamp that is a real Date, in submission order', () => {
    const times = sample.responses.map((r) => r[ANSWER.timestamp]);
    for (const t of times) expect(t instanceof Date && !Number.isNaN(t.getTime())).toBe(true);
    const ms = times.map((t) => (t as Date).getTime());
    expect(ms).toEqual([...ms].sort((a, b) => a - b));
  });

  it('holds 15 to 50 responses, some after the deadline, and runs after it', () => {
    expect(sample.responses.length).toBeGreaterThanOrEqual(15);
    expect(sample.responses.length).toBeLessThanOrEqual(50);
    const deadline = String(preset.config.find(([k]) => k === 'Hạn đăng ký')![1]);
    const [d, m, y] = deadline.split('/').map(Number);
    const endOfDeadline = Date.UTC(y, m - 1, d + 1, -7);
    expect(Date.parse(`${sample.today}T00:00:00+07:00`)).toBeGreaterThanOrEqual(endOfDeadline);
    expect(sample.responses.some((r) => (r[ANSWER.timestamp] as Date).getTime() >= endOfDeadline)).toBe(true);
  });

  it('details only roster units, by their exact names, with example addresses', () => {
    for (const [name, detail] of Object.entries(sample.unitDetails)) {
      expect(rosterNames.has(name), name).toBe(true);
      for (const address of detail.email.split(/[;,]/).map((a) => a.trim()).filter((a) => a.includes('@') && a.includes('.'))) {
        expect(address, name).toMatch(/\.example$/);
      }
    }
    expect(Object.values(sample.unitDetails).some((d) => d.email === '')).toBe(true);
  });

  it('leaves some roster units silent and names one unit that is not in the roster', () => {
    const sent = new Set(sample.responses.map((r) => normalizeName(r[unitTitle])));
    expect(preset.units.some((u) => !sent.has(normalizeName(u.name)))).toBe(true);
    const roster = new Set(preset.units.map((u) => normalizeName(u.name)));
    expect([...sent].some((name) => !roster.has(name))).toBe(true);
  });

  it('carries hostile text in some answer', () => {
    const texts = sample.responses.flatMap((r) => Object.values(r).filter((v): v is string => typeof v === 'string'));
    expect(texts.some((t) => t.startsWith('='))).toBe(true);
    expect(texts.some((t) => t.includes('<script>'))).toBe(true);
  });

  it('answers date questions with Dates except where a row is wrong on purpose', () => {
    const dateTitles = preset.questions.filter((q) => q.kind === QUESTION_KIND.date).map((q) => q.title);
    for (const title of dateTitles) {
      const values = sample.responses.map((r) => r[title]).filter((v) => v !== undefined);
      expect(values.filter((v) => v instanceof Date).length).toBeGreaterThan(values.length / 2);
    }
  });
});
