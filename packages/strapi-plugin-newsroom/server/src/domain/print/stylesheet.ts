/**
 * The print stylesheet, inlined so the page prints the same when saved or
 * mailed. It is a constant: no editor text ever reaches it, which is why the
 * document may insert it unescaped (React would turn ">" into "&gt;").
 */
export const PRINT_STYLESHEET = `
@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
html {
  font-family: Georgia, Cambria, "Times New Roman", Times, "Liberation Serif", "DejaVu Serif", serif;
  font-size: 11pt;
  line-height: 1.45;
  color: #000;
  background: #fff;
}
body { margin: 0 auto; max-width: 42em; padding: 0 1em; }
h1, h2, h3, h4, h5, h6 { line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 20pt; margin: 0.2em 0 0.3em; }
h2 { font-size: 15pt; }
h3 { font-size: 12.5pt; }
h4, h5, h6 { font-size: 11pt; }
p, li, blockquote { orphans: 3; widows: 3; }
a, a:visited { color: #000; text-decoration: none; }
.kicker, .series-part, .byline, .dateline { margin: 0.2em 0; }
.kicker { text-transform: uppercase; letter-spacing: 0.05em; font-size: 9pt; }
.byline { font-style: italic; }
blockquote { margin: 0.8em 2em; font-style: italic; }
pre, code { font-family: "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 9pt; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 2pt solid #000; padding-left: 0.8em; }
figure { margin: 1em 0; }
img { max-width: 100%; height: auto; }
figcaption { font-size: 9pt; }
figure, pre, blockquote { break-inside: avoid; page-break-inside: avoid; }
.endnote-list { list-style: none; padding-left: 0; font-size: 9pt; }
.endnote-list li { overflow-wrap: anywhere; }
.corrections, .endnotes, .article-footer { font-size: 9.5pt; }
.article-footer { border-top: 0.5pt solid #000; margin-top: 1.5em; }
.series-print > article { break-before: page; page-break-before: always; }
@media print {
  body { max-width: none; padding: 0; }
}
.preview-banner { border: 2px dashed #b45309; background: #fff7ed; color: #7c2d12; padding: 0.5em 0.8em; margin: 1em 0; font-family: system-ui, sans-serif; font-size: 10pt; }
.preview-banner a { color: #7c2d12; }
.series-preview li { margin: 0.35em 0; }
.series-preview .announced { color: #555; font-style: italic; }
@media print { .preview-banner { display: none; } }
`;
