/**
 * Live progress and the summary in a terminal.
 */
import { summarize } from '../summary.js';
import { AREA_TITLES, type CaseResult, type Report } from '../types.js';

const COLORS = { pass: 32, fail: 31, warn: 33, skip: 90 } as const;
const MARKS = { pass: '✓', fail: '✗', warn: '!', skip: '-' } as const;

export interface TerminalOptions {
  color?: boolean;
  /** Also list passing cases (default: only failures, warnings and skips). */
  verbose?: boolean;
}

function paint(color: boolean, code: number, text: string): string {
  return color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/** One line for a finished case. */
export function progressLine(
  result: CaseResult,
  done: number,
  total: number,
  options: TerminalOptions = {},
): string | undefined {
  const color = options.color ?? false;
  if (result.outcome === 'pass' && !options.verbose) return undefined;
  const mark = paint(color, COLORS[result.outcome], `${MARKS[result.outcome]} ${result.id}`);
  const detail = result.message ? `\n      ${paint(color, 90, result.message)}` : '';
  return `[${String(done).padStart(String(total).length)}/${total}] ${mark} ${result.title} (${result.level}, ${result.rfc})${detail}`;
}

/** The summary: totals, a line per area, a line per level, and the verdict. */
export function summaryText(report: Report, options: TerminalOptions = {}): string {
  const color = options.color ?? false;
  const s = summarize(report);
  const cell = (n: number, outcome: keyof typeof COLORS): string =>
    paint(color && n > 0, COLORS[outcome], String(n).padStart(4));
  const lines = [
    '',
    `oauth2-contract conformance: ${report.target}`,
    `${report.results.length} cases in ${(report.durationMs / 1000).toFixed(1)} s`,
    '',
    `${'area'.padEnd(34)}pass fail warn skip`,
  ];
  for (const { area, counts } of s.byArea) {
    lines.push(
      `${AREA_TITLES[area].padEnd(34)}${cell(counts.pass, 'pass')}${cell(counts.fail, 'fail')}${cell(counts.warn, 'warn')}${cell(counts.skip, 'skip')}`,
    );
  }
  lines.push('');
  for (const [level, counts] of Object.entries(s.byLevel)) {
    lines.push(
      `${level.padEnd(34)}${cell(counts.pass, 'pass')}${cell(counts.fail, 'fail')}${cell(counts.warn, 'warn')}${cell(counts.skip, 'skip')}`,
    );
  }
  lines.push(
    `${'total'.padEnd(34)}${cell(s.total.pass, 'pass')}${cell(s.total.fail, 'fail')}${cell(s.total.warn, 'warn')}${cell(s.total.skip, 'skip')}`,
    '',
  );
  lines.push(
    s.mustFailures.length === 0
      ? paint(color, 32, 'No MUST failed.')
      : paint(
          color,
          31,
          `${s.mustFailures.length} MUST failed: ${s.mustFailures.map((r) => r.id).join(', ')}`,
        ),
  );
  return `${lines.join('\n')}\n`;
}
