/**
 * Renames the ids of a Vega SVG (`clipN`, `gradient_N`) and their `url(#…)` references to `prefix-clip1`,
 * `prefix-gradient1`, … in order of first appearance.
 *
 * @remarks
 * Vega numbers clip paths and gradients with counters per process, so the same figure rendered twice differs in
 * its ids. With one prefix per figure the SVG depends only on its input, and the ids stay unique when several
 * figures are inlined in one HTML page (where a plain renumbering from 1 would make them collide).
 */
export function figureSvgIds(svg: string, prefix: string): string {
  const map = new Map<string, string>();
  return svg.replace(/(id="|url\(#)((clip|gradient_)\d+)/g, (_, lead: string, id: string, kind: string) => {
    if (!map.has(id)) map.set(id, `${prefix}-${kind === 'clip' ? 'clip' : 'gradient'}${[...map.keys()].filter((k) => k.startsWith(kind)).length + 1}`);
    return lead + map.get(id);
  });
}
