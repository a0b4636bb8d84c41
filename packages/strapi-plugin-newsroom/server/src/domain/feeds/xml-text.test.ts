import { plainTextAsHtml, stripXmlInvalid } from './xml-text';

describe('stripXmlInvalid', () => {
  it('drops the characters XML 1.0 forbids and keeps tab, newline and CR', () => {
    expect(stripXmlInvalid('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(stripXmlInvalid('line\tone\nline\rtwo')).toBe('line\tone\nline\rtwo');
  });

  it('drops lone surrogate halves but keeps real astral characters', () => {
    expect(stripXmlInvalid('x\uD800y\uDC00z')).toBe('xyz');
    expect(stripXmlInvalid('Tux 🐧')).toBe('Tux 🐧');
  });

  it('keeps ordinary text, umlauts and DEL-range characters XML allows', () => {
    expect(stripXmlInvalid('Größe & Gewicht \u0085')).toBe('Größe & Gewicht \u0085');
  });
});

describe('plainTextAsHtml', () => {
  it('makes markup and CDATA terminators inert', () => {
    expect(plainTextAsHtml(`<script>alert("x")</script> & ]]> it's`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt; it&#39;s',
    );
  });

  it('escapes an existing entity again so it shows as typed', () => {
    expect(plainTextAsHtml('&amp;')).toBe('&amp;amp;');
  });
});
