/**
 * The RFC text the HTML report quotes next to a failure: short excerpts of the sections the cases enforce,
 * keyed by reference (`RFC 6749 §3.2`). A case's `rfc` names its section first; the longest matching key wins.
 */
const QUOTES: Readonly<Record<string, string>> = {
  'RFC 6749 §3.2':
    'The client MUST use the HTTP "POST" method when making access token requests. Parameters sent without a value MUST be treated as if they were omitted from the request. The authorization server MUST ignore unrecognized request parameters. Request and response parameters MUST NOT be included more than once.',
};

/** The quote for a case's reference, if the catalogue has one for its (first) section. */
export function rfcQuote(reference: string): string | undefined {
  const first = reference.split(/[,;(]/)[0]!.trim();
  let best: string | undefined;
  for (const key of Object.keys(QUOTES)) {
    if (
      (first === key || first.startsWith(`${key}.`) || first.startsWith(`${key} `)) &&
      (!best || key.length > best.length)
    ) {
      best = key;
    }
  }
  return best ? QUOTES[best] : undefined;
}
