/**
 * The web app's icons, drawn here rather than kept as binary files: a white calendar sheet with
 * a grid of sessions on the page's accent blue, full-bleed so it also serves as a maskable icon
 * (the sheet stays inside the central safe zone). Pure: the PNG is encoded by hand (zlib only).
 */
import { crc32, deflateSync } from 'node:zlib';

type Rgb = [number, number, number];

const ACCENT: Rgb = [0x0b, 0x57, 0xd0];
const SHEET: Rgb = [0xff, 0xff, 0xff];
const HEADER: Rgb = [0x08, 0x3c, 0x91];
const CELL: Rgb = [0xc6, 0xd8, 0xf7];
const STARRED: Rgb = [0xf2, 0xb1, 0x1b];

/** The colour of the pixel at (x, y) of a unit square, shared by the PNG and SVG drawings. */
interface Shape {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: Rgb;
}

/** Sheet 24%–76% across, 26%–76% down (inside the 80% safe zone), header band, 3 × 3 session cells. */
function shapes(): Shape[] {
  const list: Shape[] = [
    { x: 0.24, y: 0.26, w: 0.52, h: 0.5, fill: SHEET },
    { x: 0.24, y: 0.26, w: 0.52, h: 0.11, fill: HEADER },
  ];
  for (let row = 0; row < 3; row++)
    for (let column = 0; column < 3; column++)
      list.push({
        x: 0.29 + column * 0.15,
        y: 0.41 + row * 0.11,
        w: 0.12,
        h: 0.08,
        fill: row === 1 && column === 1 ? STARRED : CELL,
      });
  return list;
}

export function iconSvg(): string {
  const hex = ([r, g, b]: Rgb) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  const rects = shapes()
    .map(
      (s) =>
        `<rect x="${s.x * 100}" y="${s.y * 100}" width="${s.w * 100}" height="${s.h * 100}" fill="${hex(s.fill)}"/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="${hex(ACCENT)}"/>${rects}</svg>`;
}

export function iconPng(size: number): Buffer {
  const list = shapes();
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      let colour = ACCENT;
      for (const s of list) if (u >= s.x && u < s.x + s.w && v >= s.y && v < s.y + s.h) colour = s.fill;
      row.set(colour, 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
