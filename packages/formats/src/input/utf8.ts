// UTF-8 checks that say *where* the input goes wrong: TextDecoder only says
// that it does.

/** Offset of the first byte that does not start or continue valid UTF-8, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = byteAt(bytes, i);
    if (lead < 0x80) {
      i++;
      continue;
    }
    const shape = sequenceShape(lead);
    if (!shape) return i;
    const [length, secondMin, secondMax] = shape;
    if (i + length > bytes.length) return i;
    const second = byteAt(bytes, i + 1);
    if (second < secondMin || second > secondMax) return i;
    for (let k = 2; k < length; k++) {
      const next = byteAt(bytes, i + k);
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/** Sequence length and the allowed range of its second byte (RFC 3629 table), or null. */
function sequenceShape(lead: number): readonly [number, number, number] | null {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return null;
}

function byteAt(bytes: Uint8Array, i: number): number {
  return bytes[i] ?? -1;
}

/** 1-based line of a byte offset: one plus the line feeds before it. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  let from = 0;
  for (;;) {
    const nl = bytes.indexOf(0x0a, from);
    if (nl === -1 || nl >= offset) return line;
    line++;
    from = nl + 1;
  }
}

export function startsWithBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
