import { svg } from './svg';
import { ReachDay } from './types';

const W = 640;
const H = 200;
const PAD = { left: 44, right: 12, top: 18, bottom: 34 };

/**
 * Feed reach per UTC day: fetches as a bar (the part answered 304 darker), distinct subscriptions
 * as a second bar beside it, on one scale so their ratio reads directly.
 */
export function reachChart(days: ReachDay[]): SVGSVGElement {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const max = Math.max(1, ...days.map((d) => d.fetches));
  const band = plotW / Math.max(days.length, 1);
  const barW = Math.min(36, band / 3);
  const y = (value: number) => PAD.top + plotH - (value / max) * plotH;
  const bars = days.map((day, i) => {
    const left = PAD.left + i * band + band / 2 - barW;
    return svg(
      'g',
      { class: 'reach-day', 'data-day': day.day, 'data-fetches': day.fetches, 'data-subscriptions': day.subscriptions },
      svg(
        'title',
        {},
        `${day.day}: ${day.fetches} fetches (${day.notModified} answered 304), ${day.subscriptions} subscriptions`,
      ),
      svg('rect', {
        x: left,
        y: y(day.fetches),
        width: barW,
        height: plotH + PAD.top - y(day.fetches),
        class: 'bar-fetches',
      }),
      svg('rect', {
        x: left,
        y: y(day.notModified),
        width: barW,
        height: plotH + PAD.top - y(day.notModified),
        class: 'bar-304',
      }),
      svg('rect', {
        x: left + barW + 2,
        y: y(day.subscriptions),
        width: barW,
        height: plotH + PAD.top - y(day.subscriptions),
        class: 'bar-subscribers',
      }),
      svg(
        'text',
        { x: left + barW, y: H - PAD.bottom + 16, class: 'tick-label', 'text-anchor': 'middle' },
        day.day.slice(5),
      ),
      svg(
        'text',
        { x: left + barW / 2, y: y(day.fetches) - 4, class: 'value-label', 'text-anchor': 'middle' },
        day.fetches,
      ),
      svg(
        'text',
        { x: left + barW * 1.5 + 2, y: y(day.subscriptions) - 4, class: 'value-label', 'text-anchor': 'middle' },
        day.subscriptions,
      ),
    );
  });
  return svg(
    'svg',
    {
      class: 'reach-chart',
      'data-testid': 'reach-chart',
      width: W,
      height: H,
      viewBox: `0 0 ${W} ${H}`,
      role: 'img',
      'aria-label': 'Calendar feed fetches and subscriptions per day',
    },
    svg('line', { x1: PAD.left, x2: W - PAD.right, y1: PAD.top + plotH, y2: PAD.top + plotH, class: 'axis' }),
    svg('text', { x: PAD.left - 6, y: PAD.top + 4, class: 'tick-label', 'text-anchor': 'end' }, max),
    svg('text', { x: PAD.left - 6, y: PAD.top + plotH, class: 'tick-label', 'text-anchor': 'end' }, 0),
    bars,
    svg(
      'g',
      { class: 'chart-legend' },
      svg('rect', { x: PAD.left, y: H - 12, width: 10, height: 10, class: 'bar-fetches' }),
      svg('text', { x: PAD.left + 14, y: H - 3, class: 'tick-label' }, 'fetches'),
      svg('rect', { x: PAD.left + 76, y: H - 12, width: 10, height: 10, class: 'bar-304' }),
      svg('text', { x: PAD.left + 90, y: H - 3, class: 'tick-label' }, 'of which 304'),
      svg('rect', { x: PAD.left + 182, y: H - 12, width: 10, height: 10, class: 'bar-subscribers' }),
      svg('text', { x: PAD.left + 196, y: H - 3, class: 'tick-label' }, 'distinct subscriptions'),
    ),
  );
}
