/** HtmlService (src/local/emulator/html-service.ts, html-output.ts, html-template.ts). */
import { describe, expect, it } from 'vitest';
import { templateCode } from '../../src/local/emulator/html-template';
import { errorOf, services } from './helpers';

describe('HtmlOutput', () => {
  it('keeps content, title, size and chains its setters', () => {
    const html = services().globals.HtmlService;
    const out = html.createHtmlOutput('<p>a</p>')
      .append('<p>b</p>').appendUntrusted('<b>&</b>').setTitle('Thi đua').setWidth(300).setHeight(200)
      .setSandboxMode(html.SandboxMode.IFRAME).setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width').setFaviconUrl('https://example.com/x.png');
    expect(out.getContent()).toBe('<p>a</p><p>b</p>&lt;b&gt;&amp;&lt;/b&gt;');
    expect([out.getTitle(), out.getWidth(), out.getHeight()]).toEqual(['Thi đua', 300, 200]);
    expect(html.createHtmlOutput().getContent()).toBe('');
  });

  it('reads <distDir>/<name>.html; a missing file has the real message', () => {
    const html = services().globals.HtmlService;
    expect(html.createHtmlOutputFromFile('page').getContent()).toContain('<?= title ?>');
    expect(html.createHtmlOutputFromFile('page.html').getContent()).toContain('<?= title ?>');
    expect(errorOf(() => html.createHtmlOutputFromFile('Sidebar')).message).toBe('No HTML file named Sidebar was found.');
    expect(errorOf(() => html.createTemplateFromFile('../basic/page')).message).toBe('No HTML file named ../basic/page was found.');
  });
});

describe('templates', () => {
  it('<?= ?> escapes, <?!= ?> prints raw, <? ?> runs code, variables are template properties', () => {
    const html = services().globals.HtmlService;
    const template = html.createTemplate(
      '<h1><?= title ?></h1><?!= raw ?><? for (var i = 0; i < n; i++) { ?><i><?= i ?></i><? } ?><?= missing ?>',
    ) as unknown as Record<string, unknown> & { evaluate(): { getContent(): string } };
    template.title = '<script>alert("x")</script> & \'y\'';
    template.raw = '<b>đậm</b>';
    template.n = 2;
    template.missing = null;
    expect(template.evaluate().getContent()).toBe(
      '<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</h1><b>đậm</b><i>0</i><i>1</i>',
    );
  });

  it('scriptlets see the services (and, in a sandbox, the bundle\'s functions)', () => {
    const html = services().globals.HtmlService;
    expect(html.createTemplate('<?= Session.getScriptTimeZone() ?>').evaluate().getContent()).toBe('Asia/Ho_Chi_Minh');
  });

  it('compiles to code that the template shows with getCode', () => {
    expect(templateCode('a<?= b; ?>c')).toBe('var __out = "";\n__out += "a";\n__out += __esc(b);\n__out += "c";\nreturn __out;');
    const template = services().globals.HtmlService.createTemplate('x<? var y = 1; ?>');
    expect(template.getRawContent()).toBe('x<? var y = 1; ?>');
    expect(template.getCode()).toContain('var y = 1;');
  });
});
