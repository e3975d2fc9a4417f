// UTF-8 for the CSV reader. Excel's JavaScript-only custom-functions runtime may lack
// TextEncoder and TextDecoder, so the platform's are used when present and, where not, these
// plain loops (invalid sequences decode to U+FFFD, as TextDecoder does).

// (stateless: neither is ever used in streaming mode)
const DECODER = typeof TextDecoder === 'function' ? new TextDecoder() : null;
const ENCODER = typeof TextEncoder === 'function' ? new TextEncoder() : null;

/** The text of bytes[start, end). */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  return DECODER ? DECODER.decode(bytes.subarray(start, end)) : decodeByLoop(bytes, start, end);
}

export function encodeUtf8(text: string): Uint8Array {
  return ENCODER ? ENCODER.encode(text) : encodeByLoop(text);
}

const REPLACEMENT = 0xfffd;

/** The WHATWG UTF-8 decoder's steps (each maximal invalid subpart becomes one U+FFFD). */
export function decodeByLoop(bytes: Uint8Array, start: number, end: number): string {
  const units: number[] = [];
  let out = '';
  const emit = (cp: number) => {
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    } else units.push(cp);
    if (units.length > 4096) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  };
  let needed = 0;
  let seen = 0;
  let cp = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (needed === 0) {
      if (b <= 0x7f) emit(b);
      else if (b >= 0xc2 && b <= 0xdf) {
        needed = 1;
        cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
        cp = b & 0x0f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
        cp = b & 0x07;
      } else emit(REPLACEMENT);
      continue;
    }
    if (b < lower || b > upper) {
      needed = seen = cp = 0;
      lower = 0x80;
      upper = 0xbf;
      emit(REPLACEMENT);
      i--; // the byte starts afresh
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    cp = (cp << 6) | (b & 0x3f);
    if (++seen === needed) {
      emit(cp);
      needed = seen = cp = 0;
    }
  }
  if (needed !== 0) emit(REPLACEMENT);
  return out + String.fromCharCode(...units);
}

export function encodeByLoop(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (cp >= 0xd800 && cp <= 0xdfff) cp = REPLACEMENT; // a lone surrogate
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000)
      out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else
      out.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 0x3f),
        0x80 | ((cp >> 6) & 0x3f),
        0x80 | (cp & 0x3f),
      );
  }
  return Uint8Array.from(out);
}
