/**
 * The report as JUnit XML (`--junit`), for CI systems: one suite per area, one test case per case. A warning is
 * a pass with the warning in `system-out`; a skip says why.
 */
import { AREA_TITLES, type Report } from '../types.js';
import { summarize } from '../summary.js';

function xml(text: string): string {
  return text
    .replace(/[<>&"']/g, (ch) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[ch]};`)
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g,
      '',
    );
}

export function junitReport(report: Report): string {
  const summary = summarize(report);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="oauth2-contract conformance: ${xml(report.target)}" tests="${report.results.length}" failures="${summary.total.fail}" skipped="${summary.total.skip}" time="${(report.durationMs / 1000).toFixed(3)}">`,
  ];
  for (const { area } of summary.byArea) {
    const results = report.results.filter((r) => r.area === area);
    const failures = results.filter((r) => r.outcome === 'fail').length;
    const skipped = results.filter((r) => r.outcome === 'skip').length;
    const time = results.reduce((sum, r) => sum + r.durationMs, 0) / 1000;
    lines.push(
      `  <testsuite name="${xml(AREA_TITLES[area])}" tests="${results.length}" failures="${failures}" skipped="${skipped}" time="${time.toFixed(3)}">`,
    );
    for (const r of results) {
      const name = xml(`${r.id} ${r.title} [${r.level}] (${r.rfc})`);
      const open = `    <testcase classname="${xml(area)}" name="${name}" time="${(r.durationMs / 1000).toFixed(3)}"`;
      if (r.outcome === 'pass') lines.push(`${open}/>`);
      else if (r.outcome === 'fail') {
        lines.push(
          `${open}>`,
          `      <failure message="${xml(r.message ?? 'failed')}" type="${r.level}"/>`,
          '    </testcase>',
        );
      } else if (r.outcome === 'skip')
        lines.push(`${open}>`, `      <skipped message="${xml(r.message ?? '')}"/>`, '    </testcase>');
      else
        lines.push(
          `${open}>`,
          `      <system-out>warning: ${xml(r.message ?? '')}</system-out>`,
          '    </testcase>',
        );
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}
