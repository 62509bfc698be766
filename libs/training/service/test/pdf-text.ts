import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF written by pdfkit, line by line (each text-showing operator one line), decoded
 * through the embedded fonts' ToUnicode maps: what a reader copying the text out of the PDF gets.
 * Enough for pdfkit's output (Type0 fonts, Identity-H, hex strings); not a general PDF reader.
 */
export function pdfText(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const streams = new Map<string, string>();
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    const head = raw.slice(0, m.index);
    const obj = [...head.matchAll(/(\d+) 0 obj/g)].at(-1)?.[1];
    if (!obj) continue;
    try {
      streams.set(obj, inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // an uncompressed or binary stream (a font file): not text
    }
  }
  // resource name (/F2) -> font object -> its ToUnicode map (glyph code -> text)
  const fontObjects = new Map<string, string>([...raw.matchAll(/\/(F\d+) (\d+) 0 R/g)].map((m) => [m[1], m[2]]));
  const toUnicode = new Map<string, Map<number, string>>([...raw.matchAll(/(\d+) 0 obj\s*<<\s*\/Type \/Font\s*\/Subtype \/Type0[\s\S]*?\/ToUnicode (\d+) 0 R/g)].map((m) => [m[1], cmap(streams.get(m[2]) ?? '')]));
  const lines: string[] = [];
  for (const body of streams.values()) {
    if (!/\bBT\b/.test(body)) continue;
    let font = new Map<number, string>();
    for (const op of body.matchAll(/\/(F\d+) [\d.]+ Tf|\[((?:[^\]])*)\] TJ|<([0-9a-f]*)> Tj/gi)) {
      if (op[1]) font = toUnicode.get(fontObjects.get(op[1]) ?? '') ?? new Map();
      else {
        const hex = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-f]*)>/gi)].map((h) => h[1]).join('') : op[3]!;
        lines.push((hex.match(/.{4}/g) ?? []).map((code) => font.get(parseInt(code, 16)) ?? '\uFFFD').join(''));
      }
    }
  }
  return lines;
}

function cmap(body: string): Map<number, string> {
  const out = new Map<number, string>();
  // an entry may stand for several characters (a ligature: <0066 0069> is "fi")
  const text = (hex: string) => String.fromCodePoint(...(hex.replace(/\s+/g, '').match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const range of body.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const r of range[1].matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f]+>)/gi)) {
      const start = parseInt(r[1], 16);
      if (r[3].startsWith('[')) [...r[3].matchAll(/<([0-9a-f ]+)>/gi)].forEach((u, i) => out.set(start + i, text(u[1])));
      else for (let c = start, u = parseInt(r[3].slice(1, -1), 16); c <= parseInt(r[2], 16); c++, u++) out.set(c, String.fromCodePoint(u));
    }
  }
  for (const chars of body.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) for (const c of chars[1].matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) out.set(parseInt(c[1], 16), text(c[2]));
  return out;
}
