/**
 * Renumbers the ids Vega's SVG renderer draws from process-wide counters (`clip7`, `gradient_3`), in order of
 * first appearance from 1 (`clip1`, …) and 0 (`gradient_0`, …), so the same figure gives the same bytes however
 * many figures the process rendered before: committed figures can then be compared with a fresh rendering.
 */
export function stableSvgIds(svg: string): string {
  const maps = { clip: new Map<string, string>(), gradient_: new Map<string, string>() };
  const first = { clip: 1, gradient_: 0 };
  return svg.replace(/\b(clip|gradient_)(\d+)\b/g, (token, prefix: 'clip' | 'gradient_') => {
    const m = maps[prefix];
    if (!m.has(token)) m.set(token, `${prefix}${first[prefix] + m.size}`);
    return m.get(token)!;
  });
}
