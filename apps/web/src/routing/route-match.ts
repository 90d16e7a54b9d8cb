/** The values of a route pattern's `:name` segments, decoded. */
export type RouteParams = Readonly<Record<string, string>>;

/**
 * Matches a path against a pattern such as `/banks/:bank/import`; a `:name`
 * segment takes one non-empty path segment. Null when the path does not fit.
 *
 * @example
 * matchPath('/banks/:bank', '/banks/national-known') // { bank: 'national-known' }
 */
export function matchPath(pattern: string, path: string): RouteParams | null {
  const wanted = pattern.split('/');
  const given = path.split('/');
  if (wanted.length !== given.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of wanted.entries()) {
    const actual = given[i] ?? '';
    if (segment.startsWith(':')) {
      const value = decodeSegment(actual);
      if (value === null || value === '') return null;
      params[segment.slice(1)] = value;
    } else if (segment !== actual) {
      return null;
    }
  }
  return params;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null; // A malformed escape is no address of ours.
  }
}

/**
 * A parameter the route's pattern declares. Its absence is a bug in the route
 * table (a page placed under a pattern without it), so it throws.
 */
export function routeParam(params: RouteParams, name: string): string {
  const value = params[name];
  if (value === undefined) throw new Error(`the route has no :${name} parameter`);
  return value;
}
