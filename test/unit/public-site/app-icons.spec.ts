import { inflateSync } from 'node:zlib';
import { iconPng, iconSvg } from '../../../src/public-site/app-icons';
import { webAppManifest } from '../../../src/public-site/web-app-manifest';

/** Reads a PNG's chunks back (an independent walk of the format, CRCs included). */
function readPng(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    chunks.push({ type: png.toString('ascii', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return chunks;
}

describe('web app icons and manifest', () => {
  it.each([192, 512])('draws a %i-pixel RGB PNG whose pixels decode', (size) => {
    const chunks = readPng(iconPng(size));
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = chunks[0].data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([size, size, 8, 2]);
    const pixels = inflateSync(chunks[1].data);
    expect(pixels.length).toBe(size * (1 + size * 3));
    const at = (x: number, y: number) => [
      ...pixels.subarray(y * (1 + size * 3) + 1 + x * 3, y * (1 + size * 3) + 4 + x * 3),
    ];
    expect(at(0, 0)).toEqual([0x0b, 0x57, 0xd0]); // the accent background, full bleed (maskable)
    expect(at(Math.round(size * 0.26), Math.round(size * 0.72))).toEqual([0xff, 0xff, 0xff]); // the sheet
  });

  it('gives an SVG icon and a manifest that makes the pages installable', () => {
    expect(iconSvg()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const manifest = webAppManifest() as { icons: { sizes: string; purpose?: string }[] };
    expect(manifest).toMatchObject({ name: expect.any(String), start_url: '/', display: 'standalone' });
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  });
});
