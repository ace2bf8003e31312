/**
 * The report as one self-contained HTML page (`--html`) for a person: totals, a bar per area, and for each
 * failure and warning the message, the RFC text it breaks, and the requests and responses that showed it.
 */
import { rfcQuote } from '../rfc-text.js';
import { rfcLink, summarize, type Counts } from '../summary.js';
import { AREA_TITLES, type CaseResult, type Exchange, type Report } from '../types.js';

function escape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[ch]};`,
  );
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1c1e21;background:#f6f7f9}
header{background:#16213e;color:#fff;padding:1.2rem 2rem}header h1{margin:0 0 .3rem;font-size:1.4rem}
main{padding:1.2rem 2rem;max-width:72rem}
.totals span{display:inline-block;margin-right:1rem;font-weight:600}
.pass{color:#1a7f37}.fail{color:#cf222e}.warn{color:#9a6700}.skip{color:#6e7781}
.verdict{font-size:1.1rem;font-weight:700;margin:.8rem 0}
table{border-collapse:collapse;width:100%;background:#fff}td,th{padding:.35rem .6rem;border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top}
.bar{display:flex;height:14px;width:22rem;border-radius:3px;overflow:hidden;background:#eee}
.bar i{display:block;height:100%}.bar .p{background:#2da44e}.bar .f{background:#cf222e}.bar .w{background:#d4a72c}.bar .s{background:#afb8c1}
details{background:#fff;border:1px solid #e5e7eb;border-radius:6px;margin:.6rem 0;padding:.5rem .9rem}
summary{cursor:pointer;font-weight:600}blockquote{margin:.5rem 0;padding:.4rem .8rem;border-left:4px solid #afb8c1;background:#f6f8fa;white-space:pre-wrap}
pre{background:#0d1117;color:#e6edf3;padding:.6rem .8rem;border-radius:6px;overflow:auto;font-size:12.5px;white-space:pre-wrap;word-break:break-all}
.violation{color:#cf222e}code{background:#eef;padding:0 .25rem;border-radius:3px}h2{margin-top:1.8rem}
`;

function bar(counts: Counts): string {
  const total = counts.pass + counts.fail + counts.warn + counts.skip || 1;
  const part = (n: number, cls: string): string =>
    n ? `<i class="${cls}" style="width:${(100 * n) / total}%"></i>` : '';
  return `<div class="bar" title="${counts.pass} pass, ${counts.fail} fail, ${counts.warn} warn, ${counts.skip} skip">${part(counts.pass, 'p')}${part(counts.warn, 'w')}${part(counts.fail, 'f')}${part(counts.skip, 's')}</div>`;
}

function exchangeText(exchange: Exchange): string {
  const { request, response } = exchange;
  const lines = [`${request.method} ${request.url}`];
  for (const [name, value] of Object.entries(request.headers)) lines.push(`${name}: ${value}`);
  if (request.body) lines.push('', request.body);
  lines.push('');
  if (response) {
    lines.push(`HTTP ${response.status}  (${response.durationMs} ms)`);
    for (const [name, value] of Object.entries(response.headers)) lines.push(`${name}: ${value}`);
    if (response.body) lines.push('', response.body);
  } else {
    lines.push(`no answer: ${exchange.error ?? 'network error'}`);
  }
  return lines.join('\n');
}

function caseDetails(result: CaseResult): string {
  const link = rfcLink(result.rfc);
  const quote = rfcQuote(result.rfc);
  const exchanges = result.exchanges
    .map((exchange, index) => {
      const violations = exchange.violations.length
        ? `<p class="violation">Breaks the contract (${escape(exchange.operationId ?? '')}): ${exchange.violations.map(escape).join('; ')}</p>`
        : '';
      const label = exchange.context ? ' — the discovery, made before the case' : '';
      return `<p>Exchange ${index + 1}${exchange.operationId ? ` (<code>${escape(exchange.operationId)}</code>)` : ''}${label}</p>${violations}<pre>${escape(exchangeText(exchange))}</pre>`;
    })
    .join('\n');
  return `<details id="${escape(result.id)}"${result.outcome === 'fail' ? ' open' : ''}>
<summary><span class="${result.outcome}">${result.outcome.toUpperCase()}</span> ${escape(result.id)} ${escape(result.title)} <small>(${result.level})</small></summary>
<p>${escape(result.message ?? '')}</p>
<p>Enforces ${link ? `<a href="${escape(link)}">${escape(result.rfc)}</a>` : escape(result.rfc)}</p>
${quote ? `<blockquote>${escape(quote)}</blockquote>` : ''}
${exchanges}
</details>`;
}

export function htmlReport(report: Report): string {
  const s = summarize(report);
  const areaRows = s.byArea
    .map(
      ({ area, counts }) =>
        `<tr><td>${escape(AREA_TITLES[area])}</td><td>${bar(counts)}</td><td class="pass">${counts.pass}</td><td class="fail">${counts.fail}</td><td class="warn">${counts.warn}</td><td class="skip">${counts.skip}</td></tr>`,
    )
    .join('\n');
  const levelRows = Object.entries(s.byLevel)
    .map(
      ([level, c]) =>
        `<tr><td>${level}</td><td>${bar(c)}</td><td class="pass">${c.pass}</td><td class="fail">${c.fail}</td><td class="warn">${c.warn}</td><td class="skip">${c.skip}</td></tr>`,
    )
    .join('\n');
  const failures = report.results.filter((r) => r.outcome === 'fail');
  const warnings = report.results.filter((r) => r.outcome === 'warn');
  const skipped = report.results.filter((r) => r.outcome === 'skip');
  const caseRows = report.results
    .map(
      (r) =>
        `<tr><td><a href="#${escape(r.id)}">${escape(r.id)}</a></td><td>${escape(r.title)}</td><td>${r.level}</td><td>${escape(r.rfc)}</td><td class="${r.outcome}">${r.outcome}</td></tr>`,
    )
    .join('\n');
  const verdict = s.mustFailures.length
    ? `<p class="verdict fail">${s.mustFailures.length} MUST failed: ${s.mustFailures.map((r) => escape(r.id)).join(', ')}</p>`
    : '<p class="verdict pass">No MUST failed.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>OAuth 2.0 conformance: ${escape(report.target)}</title><style>${STYLE}</style></head>
<body><header><h1>OAuth 2.0 conformance report</h1><div>${escape(report.target)} · ${escape(report.startedAt)} · ${report.results.length} cases in ${(report.durationMs / 1000).toFixed(1)} s · oauth2-contract</div></header>
<main>
<p class="totals"><span class="pass">${s.total.pass} pass</span><span class="fail">${s.total.fail} fail</span><span class="warn">${s.total.warn} warn</span><span class="skip">${s.total.skip} skip</span></p>
${verdict}
<h2>By area</h2>
<table><tr><th>area</th><th></th><th>pass</th><th>fail</th><th>warn</th><th>skip</th></tr>
${areaRows}</table>
<h2>By level</h2>
<table><tr><th>level</th><th></th><th>pass</th><th>fail</th><th>warn</th><th>skip</th></tr>
${levelRows}</table>
<h2>Failures (${failures.length})</h2>
${failures.map(caseDetails).join('\n') || '<p>None.</p>'}
<h2>Warnings (${warnings.length})</h2>
${warnings.map(caseDetails).join('\n') || '<p>None.</p>'}
<h2>Skipped (${skipped.length})</h2>
<ul>${skipped.map((r) => `<li><code>${escape(r.id)}</code> ${escape(r.title)}: ${escape(r.message ?? '')}</li>`).join('')}</ul>
<h2>Every case</h2>
<table><tr><th>id</th><th>case</th><th>level</th><th>enforces</th><th>result</th></tr>
${caseRows}</table>
</main></body></html>
`;
}
