/** SVG elements from tag, attributes and children; text is always a text node. */
export type SvgChild = SVGElement | string | number | null | undefined | false | SvgChild[];

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | null | undefined> = {},
  ...children: SvgChild[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== null && value !== undefined) element.setAttribute(name, String(value));
  const add = (child: SvgChild): void => {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) child.forEach(add);
    else element.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  };
  children.forEach(add);
  return element;
}

/** A sequential colour ramp (light sand to deep red) for 0..1: more interest, hotter cell. */
export function heat(value: number): string {
  const stops = [
    [255, 247, 236],
    [253, 212, 158],
    [252, 141, 89],
    [215, 48, 31],
    [127, 0, 0],
  ];
  const t = Math.min(1, Math.max(0, value)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(t));
  const f = t - i;
  const [r, g, b] = stops[i].map((c, k) => Math.round(c + (stops[i + 1][k] - c) * f));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Dark text on light cells, white on dark ones. */
export const inkOn = (value: number): string => (value > 0.55 ? '#ffffff' : '#1b1d21');
