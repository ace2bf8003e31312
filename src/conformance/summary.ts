/**
 * Counting results: by area, by level, and whether the target passed (no MUST failed).
 */
import { AREAS, type Area, type CaseResult, type Level, type Outcome, type Report } from './types.js';

export type Counts = Record<Outcome, number>;

const empty = (): Counts => ({ pass: 0, fail: 0, warn: 0, skip: 0 });

export interface Summary {
  total: Counts;
  byArea: { area: Area; counts: Counts }[];
  byLevel: Record<Level, Counts>;
  /** Failed cases of level MUST: any makes the run fail. */
  mustFailures: CaseResult[];
}

export function summarize(report: Report): Summary {
  const total = empty();
  const byArea = new Map<Area, Counts>(AREAS.map((area) => [area, empty()]));
  const byLevel: Record<Level, Counts> = { MUST: empty(), SHOULD: empty(), BAR: empty() };
  for (const result of report.results) {
    total[result.outcome]++;
    byArea.get(result.area)![result.outcome]++;
    byLevel[result.level][result.outcome]++;
  }
  return {
    total,
    byArea: [...byArea]
      .filter(([, c]) => c.pass + c.fail + c.warn + c.skip > 0)
      .map(([area, counts]) => ({ area, counts })),
    byLevel,
    mustFailures: report.results.filter((r) => r.outcome === 'fail' && r.level === 'MUST'),
  };
}

/** The link of an RFC reference (`RFC 6749 §3.2` → the section on rfc-editor.org). */
export function rfcLink(reference: string): string | undefined {
  const match = /RFC (\d{4})(?: §?([\d.]+|Appendix [A-Z](?:\.\d+)?))?/.exec(reference);
  if (match) {
    const section = match[2];
    const anchor = section
      ? section.startsWith('Appendix')
        ? `#appendix-${section.slice(9)}`
        : `#section-${section}`
      : '';
    return `https://www.rfc-editor.org/rfc/rfc${match[1]}${anchor}`;
  }
  if (reference.includes('OAuth 2.1')) return 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-v2-1';
  return undefined;
}
