// Draws images/icon.png (128×128, the extension's icon): a page of text whose names and figures are highlighted in
// the colours of the entity kinds, with a check mark. Kept as code so the icon can be redrawn without an editor;
// run `node scripts/make-icon.mjs` after changing it.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const pixels = Buffer.alloc(SIZE * SIZE * 4);

function blend(x, y, [r, g, b], alpha = 1) {
  if (x < 0 || y < 0 || x >= SIZE || y >= SIZE) return;
  const i = (y * SIZE + x) * 4;
  const a = alpha + (pixels[i + 3] / 255) * (1 - alpha);
  const mix = (old, value) => Math.round((value * alpha + old * (pixels[i + 3] / 255) * (1 - alpha)) / (a || 1));
  pixels[i] = mix(pixels[i], r);
  pixels[i + 1] = mix(pixels[i + 1], g);
  pixels[i + 2] = mix(pixels[i + 2], b);
  pixels[i + 3] = Math.round(a * 255);
}

/** A rectangle with rounded corners, anti-aliased by sampling each pixel 4×4 times. */
function roundedRect(x0, y0, x1, y1, radius, colour) {
  for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
    for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
      let inside = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const px = x + (sx + 0.5) / 4;
          const py = y + (sy + 0.5) / 4;
          const dx = Math.max(x0 + radius - px, 0, px - (x1 - radius));
          const dy = Math.max(y0 + radius - py, 0, py - (y1 - radius));
          if (px >= x0 && px <= x1 && py >= y0 && py <= y1 && dx * dx + dy * dy <= radius * radius) inside++;
        }
      }
      if (inside > 0) blend(x, y, colour, inside / 16);
    }
  }
}

/** A thick line segment with round ends. */
function stroke(ax, ay, bx, by, width, colour) {
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let inside = 0;
      for (let s = 0; s < 16; s++) {
        const px = x + ((s % 4) + 0.5) / 4;
        const py = y + (Math.floor(s / 4) + 0.5) / 4;
        const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
        const d = Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
        if (d <= width / 2) inside++;
      }
      if (inside > 0) blend(x, y, colour, inside / 16);
    }
  }
}

const BACKGROUND = [31, 58, 95];
const PAGE = [250, 248, 242];
const TEXT = [170, 176, 186];
const PERSON = [214, 120, 40];
const PLACE = [46, 140, 87];
const FIGURE = [142, 84, 196];
const CHECK = [38, 166, 91];

roundedRect(0, 0, 128, 128, 22, BACKGROUND);
roundedRect(22, 14, 106, 114, 6, PAGE);
// Lines of text; some words are highlighted in the colour of their kind.
const lines = [
  [[30, 98, TEXT, 7]],
  [[30, 52, PERSON, 5], [56, 98, TEXT, 5]],
  [[30, 70, TEXT, 5], [74, 92, FIGURE, 5]],
  [[30, 44, TEXT, 5], [48, 78, PLACE, 5], [82, 98, TEXT, 5]],
  [[30, 60, TEXT, 5], [64, 84, PERSON, 5]],
  [[30, 54, FIGURE, 5], [58, 90, TEXT, 5]],
];
lines.forEach((segments, row) => {
  for (const [from, to, colour, height] of segments) roundedRect(from, 26 + row * 13, to, 26 + row * 13 + height, 2, colour);
});
roundedRect(70, 72, 120, 122, 25, CHECK);
stroke(83, 97, 92, 106, 7, PAGE);
stroke(92, 106, 108, 87, 7, PAGE);

function png(width, height, rgba) {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buffer) => {
    let c = 0xffffffff;
    for (const byte of buffer) c = table[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync(new URL('../images/icon.png', import.meta.url), png(SIZE, SIZE, pixels));
