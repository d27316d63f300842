import { describe, expect, it } from 'vitest';
import { externalHref } from '../../../electron/services/links';

describe('external links', () => {
  it('hands on the parsed, normalised href of an allowed address', () => {
    expect(externalHref('https://www.docomo.ne.jp/support/')).toBe('https://www.docomo.ne.jp/support/');
    expect(externalHref('HTTPS://WWW.DOCOMO.NE.JP/a/../support')).toBe('https://www.docomo.ne.jp/support');
    expect(externalHref('https://www.docomo.ne.jp/検索?q=解約')).toBe(
      'https://www.docomo.ne.jp/%E6%A4%9C%E7%B4%A2?q=%E8%A7%A3%E7%B4%84',
    );
  });

  it('upgrades an allowed http address to https, the same way for every way out', () => {
    expect(externalHref('http://www.docomo.ne.jp/support/')).toBe('https://www.docomo.ne.jp/support/');
    expect(externalHref('HTTP://WWW.DOCOMO.NE.JP:80/a')).toBe('https://www.docomo.ne.jp/a');
    expect(externalHref('http://evil.example/')).toBeNull();
  });

  it('refuses strings the parser would quietly rewrite: backslash, whitespace, control characters', () => {
    for (const hostile of [
      'https://www.docomo.ne.jp\\@evil.example/',
      'https://evil.example\\@www.docomo.ne.jp/',
      ' https://www.docomo.ne.jp/',
      'https://www.docomo.ne.jp/ ',
      'https://www.do\tcomo.ne.jp/',
      'https://www.docomo.ne.jp/\r\nx',
      'https://www.docomo.ne.jp/\0',
      'https://www.docomo.ne.jp/\u0085',
      'https://www.docomo.ne.jp/\u3000',
    ]) {
      expect(externalHref(hostile), JSON.stringify(hostile)).toBeNull();
    }
  });

  it('refuses other hosts, schemes, credentials and ports', () => {
    expect(externalHref('https://www.docomo.ne.jp.evil.example/')).toBeNull();
    expect(externalHref('https://evil.example/?u=https://www.docomo.ne.jp')).toBeNull();
    expect(externalHref('javascript:alert(1)')).toBeNull();
    expect(externalHref('https://user@www.docomo.ne.jp/')).toBeNull();
    expect(externalHref('https://www.docomo.ne.jp:8443/')).toBeNull();
  });
});
