// A set of row slots for one query hash: a row can qualify through several
// tables, and on clustered data (near-copies of one image) through most of
// them; verifying it once instead of up to eleven times saves a random access
// each. Open addressing in typed arrays; clearing bumps a generation number, so
// a set grown by one large query stays grown and costs nothing to empty.

const INITIAL_BITS = 12;
/** Beyond this many places, `clear` gives the memory back (16 MiB of tables). */
const KEEP_BITS = 21;

export class SlotSet {
  private bits = INITIAL_BITS;
  private keys = new Uint32Array(1 << INITIAL_BITS);
  /** A place is taken when its stamp equals the current generation. */
  private stamps = new Uint32Array(1 << INITIAL_BITS);
  private generation = 1;
  private count = 0;

  /** Adds `slot`; false when it was already there. */
  add(slot: number): boolean {
    const { keys, stamps, generation } = this;
    const mask = keys.length - 1;
    let i = Math.imul(slot, 0x9e3779b1) >>> (32 - this.bits);
    while (stamps[i] === generation) {
      if (keys[i] === slot) return false;
      i = (i + 1) & mask;
    }
    keys[i] = slot;
    stamps[i] = generation;
    if (++this.count * 2 > keys.length) this.grow();
    return true;
  }

  clear(): void {
    this.count = 0;
    if (this.bits > KEEP_BITS) this.resize(INITIAL_BITS);
    else if (++this.generation === 0xffff_ffff) this.resize(this.bits);
  }

  private grow(): void {
    const { keys, stamps, generation } = this;
    this.resize(this.bits + 1);
    for (let i = 0; i < keys.length; i++) if (stamps[i] === generation) this.add(keys[i] ?? 0);
  }

  private resize(bits: number): void {
    this.bits = bits;
    this.keys = new Uint32Array(1 << bits);
    this.stamps = new Uint32Array(1 << bits);
    this.generation = 1;
    this.count = 0;
  }
}
