import { decodeUtf8, type CellSink } from './csv';

/**
 * A column read as codes into its distinct texts: an export repeats a few values (statuses,
 * scores, dates), so each cell's bytes are looked up in a hash table of the distinct values
 * seen so far and only its code is kept; each distinct value is decoded, typed and converted
 * once. No string is made per row.
 */
export class DictionaryColumn implements CellSink {
  codes = new Int32Array(1 << 12);
  length = 0;
  /** the bytes of every distinct value, back to back */
  private store = new Uint8Array(1 << 12);
  private stored = 0;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private hashes = new Int32Array(64);
  private count = 0;
  /** open addressing: code + 1 per slot, 0 when free */
  private slots = new Int32Array(128);

  push(bytes: Uint8Array, start: number, end: number): void {
    let hash = -2128831035;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 16777619);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    let code = -1;
    for (;;) {
      const found = this.slots[slot] - 1;
      if (found === -1) break;
      if (this.hashes[found] === hash && this.same(found, bytes, start, end)) {
        code = found;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (code === -1) code = this.add(bytes, start, end, hash, slot);
    if (this.length === this.codes.length) {
      const grown = new Int32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = code;
  }

  /** The distinct values as text, by code. */
  distinctTexts(): string[] {
    const texts: string[] = new Array(this.count);
    for (let c = 0; c < this.count; c++)
      texts[c] = decodeUtf8(this.store, this.starts[c], this.ends[c]);
    return texts;
  }

  private same(code: number, bytes: Uint8Array, start: number, end: number): boolean {
    const s = this.starts[code];
    if (this.ends[code] - s !== end - start) return false;
    for (let i = 0; i < end - start; i++) if (this.store[s + i] !== bytes[start + i]) return false;
    return true;
  }

  private add(bytes: Uint8Array, start: number, end: number, hash: number, slot: number): number {
    const code = this.count++;
    if (code === this.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.hashes = grow(this.hashes);
    }
    const length = end - start;
    if (this.stored + length > this.store.length) {
      const grown = new Uint8Array(Math.max(this.store.length * 2, this.stored + length));
      grown.set(this.store.subarray(0, this.stored));
      this.store = grown;
    }
    this.store.set(bytes.subarray(start, end), this.stored);
    this.starts[code] = this.stored;
    this.ends[code] = this.stored + length;
    this.stored += length;
    this.hashes[code] = hash;
    this.slots[slot] = code + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
    return code;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let c = 0; c < this.count; c++) {
      let slot = this.hashes[c] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = c + 1;
    }
    this.slots = slots;
  }
}
