/** Each inline SVG whose url(#id) points at an id it does not hold itself (a browser would take another SVG's). */
export function svgsWithDanglingRefs(html: string): string[] {
  return [...html.matchAll(/<svg [\s\S]*?<\/svg>/g)]
    .map((m) => m[0])
    .filter((svg) => {
      const own = new Set([...svg.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
      return [...svg.matchAll(/url\(#([^)]*)\)/g)].some((m) => !own.has(m[1]));
    })
    .map((svg) => svg.slice(0, 120));
}

/** Ids that occur more than once in the page. */
export function duplicateIds(html: string): string[] {
  const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}
