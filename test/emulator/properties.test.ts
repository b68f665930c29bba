/** PropertiesService (src/local/emulator/properties-service.ts): strings, stores, quotas. */
import { describe, expect, it } from 'vitest';
import { MAX_STORE_BYTES, MAX_VALUE_BYTES } from '../../src/local/emulator/properties-service';
import { newWorkbookModel } from '../../src/local/emulator/workbook-model';
import { errorOf, services } from './helpers';

describe('Properties', () => {
  it('document properties live in workbook.documentProperties, as strings', () => {
    const workbook = newWorkbookModel();
    workbook.documentProperties.existing = 'yes';
    const props = services({ workbook }).globals.PropertiesService.getDocumentProperties();
    expect(props.getProperty('existing')).toBe('yes');
    props.setProperty('count', 3 as never).setProperty('flag', true as never);
    expect(workbook.documentProperties).toEqual({ existing: 'yes', count: '3', flag: 'true' });
    expect(props.getProperty('missing')).toBeNull();
  });

  it('script and user properties are separate stores', () => {
    const scriptProperties = { a: '1' };
    const s = services({ scriptProperties });
    s.globals.PropertiesService.getUserProperties().setProperty('a', 'user');
    expect(s.globals.PropertiesService.getScriptProperties().getProperty('a')).toBe('1');
    expect(s.globals.PropertiesService.getUserProperties().getProperty('a')).toBe('user');
    expect(s.workbook.documentProperties).toEqual({});
  });

  it('getProperties copies; setProperties merges or replaces; delete works; getKeys lists', () => {
    const s = services();
    const props = s.globals.PropertiesService.getDocumentProperties();
    props.setProperties({ a: '1', b: 2 });
    const copy = props.getProperties();
    copy.a = 'changed';
    expect(props.getProperty('a')).toBe('1');
    props.setProperties({ c: '3' }, true);
    expect(props.getKeys()).toEqual(['c']);
    props.setProperties({ d: '4' });
    props.deleteProperty('c');
    expect(props.getProperties()).toEqual({ d: '4' });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('refuses a value over 9 KB', () => {
    const props = services().globals.PropertiesService.getScriptProperties();
    props.setProperty('fits', 'x'.repeat(MAX_VALUE_BYTES));
    expect(errorOf(() => props.setProperty('big', 'x'.repeat(MAX_VALUE_BYTES + 1))).message).toBe('Argument too large: value');
    expect(errorOf(() => props.setProperty('big', 'ă'.repeat(MAX_VALUE_BYTES / 2 + 1))).message).toBe('Argument too large: value');
    expect(props.getProperty('big')).toBeNull();
  });

  it('refuses to grow a store past 500 KB, leaving it unchanged', () => {
    const props = services().globals.PropertiesService.getDocumentProperties();
    const value = 'x'.repeat(9000);
    let stored = 0;
    for (let i = 0; stored + 9010 <= MAX_STORE_BYTES; i++) {
      props.setProperty(`k${String(i).padStart(4, '0')}`, value);
      stored += 5 + 9000;
    }
    const keys = props.getKeys().length;
    expect(errorOf(() => props.setProperty('one-more', value)).message)
      .toBe('You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(props.getKeys().length).toBe(keys);
    props.setProperties({ small: 'ok' }, true);
    expect(props.getKeys()).toEqual(['small']);
  });
});
