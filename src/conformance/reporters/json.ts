/**
 * The report as JSON (`--json`): every case with its outcome, message and exchanges, plus the summary.
 */
import { summarize } from '../summary.js';
import type { Report } from '../types.js';

export function jsonReport(report: Report): string {
  return `${JSON.stringify({ ...report, summary: summarize(report) }, null, 2)}\n`;
}
