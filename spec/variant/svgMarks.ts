/** Reading Vega SVGs in the variant figure specs: absolute positions of marks, mark groups by kind, path vertices. */
import { parseXml, type XmlElement } from '../verify/report/xmlParser.ts';

/** Elements with their absolute offset (Vega SVG positions everything by `translate(x,y)`). */
export interface Placed {
  el: XmlElement;
  x: number;
  y: number;
}
/** Every element under `el` with its absolute offset, in document order. */
export function walk(el: XmlElement, x = 0, y = 0, out: Placed[] = []): Placed[] {
  const t = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(el.attrs.transform ?? '');
  const px = x + (t ? Number(t[1]) : 0);
  const py = y + (t ? Number(t[2]) : 0);
  out.push({ el, x: px, y: py });
  for (const c of el.children) if (typeof c !== 'string') walk(c, px, py, out);
  return out;
}
/** The descendants named `name` of a placed element, with absolute offsets. */
export const kids = (p: Placed, name: string) => walk(p.el, p.x - offsetOf(p.el).x, p.y - offsetOf(p.el).y).filter((q) => q.el !== p.el && q.el.name === name);
const offsetOf = (el: XmlElement) => {
  const t = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(el.attrs.transform ?? '');
  return { x: t ? Number(t[1]) : 0, y: t ? Number(t[2]) : 0 };
};
/** The mark groups of one kind (`symbol`, `rule`, `line`) in document order = layer order. */
export function markGroups(svg: string, kind: string): Placed[] {
  return walk(parseXml(svg)).filter((p) => p.el.name === 'g' && (p.el.attrs.class ?? '').startsWith(`mark-${kind} role-mark`));
}
/** Affine map from ln(value) to pixels, from two marks with known values (a log axis is affine in ln). */
export function logMap(px: number[], values: number[]): (v: number) => number {
  const i = values.indexOf(Math.min(...values));
  const j = values.indexOf(Math.max(...values));
  const a = (px[j] - px[i]) / (Math.log(values[j]) - Math.log(values[i]));
  return (v) => px[i] + a * (Math.log(v) - Math.log(values[i]));
}
/** Path coordinates of a line mark, `M x,y L x,y …`. */
export const pathPoints = (d: string) => [...d.matchAll(/([-\d.e]+),([-\d.e]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
/** Affine map from value to pixels, from two marks with known, distinct values (a linear axis). */
export function linearMap(px: number[], values: number[]): (v: number) => number {
  const i = values.indexOf(Math.min(...values));
  const j = values.indexOf(Math.max(...values));
  const a = (px[j] - px[i]) / (values[j] - values[i]);
  return (v) => px[i] + a * (v - values[i]);
}
