import { createHash } from 'node:crypto';
import { dateText, numberText, VERDICT_ICONS, verdictWord, wordsOf, type Lang } from '../history/words.js';
import type { EmbeddedPromise } from './service.js';

// The embed page: one promise, light enough for an iframe on any site. Plain HTML, no script,
// one inline style (let through by its hash), a small SVG bar chart with a text alternative
// and the same numbers in a table.

const STYLE = `
*{box-sizing:border-box}
body{margin:0;overflow-wrap:anywhere;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff}
main{padding:12px 16px;max-width:640px}
.eyebrow{margin:0;font-size:.85rem;color:#4a4a4a}
h1{font-size:1.25rem;margin:.2rem 0 .4rem}
h2{font-size:1rem;margin:1rem 0 .4rem}
.meta{margin:0;color:#4a4a4a;font-size:.9rem}
.verdict{display:inline-flex;gap:.4rem;align-items:center;margin:.4rem 0;padding:.25rem .6rem;border:2px solid #1b1b1b;border-radius:4px;font-weight:700}
.note{margin:.3rem 0}
svg{display:block;width:100%;height:auto;max-width:600px}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin-top:.5rem}
th,td{text-align:left;padding:.2rem .4rem;border-bottom:1px solid #bbb}
td.num{text-align:right}
a{color:#0b5394}
a:focus{outline:3px solid #0b5394;outline-offset:2px}
`;

/** The hash the page's Content-Security-Policy lets its one style through by. */
export const EMBED_STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const percent = (lang: Lang, share: number) =>
  new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );

function chart(lang: Lang, rows: EmbeddedPromise['activities']): string {
  const measured = rows.filter((row) => row.progress !== null);
  if (measured.length === 0) return `<p>${html(wordsOf(lang).embed.none)}</p>`;
  const w = wordsOf(lang).embed;
  const label = w.chart(measured.map((row) => `${row.title} ${percent(lang, row.progress!)}`).join('; '));
  const bar = 22;
  const height = measured.length * (bar + 8) + 4;
  const bars = measured
    .map((row, i) => {
      const width = Math.max(2, Math.min(1.5, row.progress!) * 300);
      const y = 4 + i * (bar + 8);
      return (
        `<rect x="0" y="${y}" width="${width.toFixed(1)}" height="${bar}" fill="#0b5394"/>` +
        `<text x="${(width + 6).toFixed(1)}" y="${y + 16}" font-size="14" fill="#1b1b1b">${html(percent(lang, row.progress!))}</text>`
      );
    })
    .join('');
  return (
    `<svg role="img" aria-label="${html(label)}" viewBox="0 0 600 ${height}" focusable="false">` +
    `<line x1="300" y1="0" x2="300" y2="${height}" stroke="#1b1b1b" stroke-dasharray="4 3"/>${bars}</svg>`
  );
}

function table(lang: Lang, rows: EmbeddedPromise['activities']): string {
  const w = wordsOf(lang).embed;
  const body = rows
    .map((row) => {
      const unit = row.measure?.unit ?? null;
      const outcome = row.measure
        ? `${numberText(lang, row.outcomeToDate, null)} / ${numberText(lang, row.targetToDate, unit)}`
        : w.noMeasure;
      const share = row.progress === null ? '–' : percent(lang, row.progress);
      return `<tr><th scope="row" lang="sv">${html(row.title)}</th><td class="num">${html(outcome)}</td><td class="num">${share}</td></tr>`;
    })
    .join('');
  return (
    `<table><thead><tr><th scope="col">${w.activity}</th><th scope="col" class="num">${w.outcome}</th>` +
    `<th scope="col" class="num">${w.share}</th></tr></thead><tbody>${body}</tbody></table>`
  );
}

/** The whole page, in the chosen language; links open Löfteskollen itself at `origin`. */
export function embedPage(embedded: EmbeddedPromise, lang: Lang, origin: string): string {
  const { promise, municipality, activities } = embedded;
  const w = wordsOf(lang).embed;
  const verdict = promise.assessment;
  const link = `${origin}/kommun/${municipality.code}#promise-${promise.id}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="strict-origin-when-cross-origin">
<link rel="icon" href="data:,">
<title>${html(promise.title)} – Löfteskollen</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="eyebrow">${html(w.eyebrow(municipality.name))}</p>
<h1 lang="sv">${html(promise.title)}</h1>
<p class="meta">${html(w.period(dateText(lang, promise.periodStart), dateText(lang, promise.periodEnd)))}</p>
<p class="verdict"><span aria-hidden="true">${VERDICT_ICONS[verdict ?? 'none']}</span><span>${html(w.verdict)}: ${html(verdictWord(lang, verdict))}</span></p>
${promise.assessmentNote ? `<p class="note" lang="sv">${html(promise.assessmentNote)}</p>` : ''}
${promise.assessedAt ? `<p class="meta">${html(w.assessedOn(dateText(lang, promise.assessedAt)))}</p>` : ''}
<h2>${html(w.progress)}</h2>
${chart(lang, activities)}
${activities.length > 0 ? table(lang, activities) : ''}
<p><a href="${html(link)}" target="_blank" rel="noopener">${html(w.readMore)}</a></p>
</main>
</body>
</html>
`;
}
