// A streaming ZIP writer (stored entries, no compression): each entry's bytes are written
// as they come and its CRC-32 and size follow in a data descriptor, so nothing is held in
// memory. Used to send the two Moses files in one download.
import type { TextSink } from './types';

/** Where the archive's bytes go: `write` returns false when the reader is behind ('drain' follows). */
export interface ByteSink {
  write(chunk: Uint8Array): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20;
/** General purpose flags: sizes in a data descriptor (bit 3), UTF-8 names (bit 11). */
const FLAGS = 0x0808;
const STORED = 0;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** Continues a CRC-32 over more bytes (start with 0). */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let crc = ~previous >>> 0;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** The MS-DOS time and date of a moment, as ZIP headers keep them. */
function dosTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

interface EntryRecord {
  name: Buffer;
  crc: number;
  size: number;
  offset: number;
}

/** Writes a ZIP archive entry by entry to a byte sink. */
export class ZipWriter {
  private offset = 0;
  private readonly entries: EntryRecord[] = [];
  private readonly stamp: { time: number; date: number };

  constructor(
    private readonly sink: ByteSink,
    now = new Date(),
  ) {
    this.stamp = dosTime(now);
  }

  private async put(bytes: Uint8Array): Promise<void> {
    this.offset += bytes.length;
    if (!this.sink.write(bytes)) await new Promise<void>((resolve) => this.sink.once('drain', resolve));
  }

  /** Adds one entry whose text `fill` writes to the TextSink it is given (UTF-8). */
  async addEntry(name: string, fill: (sink: TextSink) => Promise<unknown>): Promise<void> {
    const nameBytes = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(STORED, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    header.writeUInt16LE(nameBytes.length, 26);
    const entry: EntryRecord = { name: nameBytes, crc: 0, size: 0, offset: this.offset };
    await this.put(Buffer.concat([header, nameBytes]));

    let pending: Promise<void> = Promise.resolve();
    let waiting = false;
    const drainListeners: (() => void)[] = [];
    const textSink: TextSink = {
      write: (chunk: string) => {
        const bytes = Buffer.from(chunk, 'utf8');
        entry.crc = crc32(bytes, entry.crc);
        entry.size += bytes.length;
        this.offset += bytes.length;
        const ok = this.sink.write(bytes);
        if (!ok) {
          waiting = true;
          pending = new Promise<void>((resolve) =>
            this.sink.once('drain', () => {
              waiting = false;
              resolve();
              drainListeners.splice(0).forEach((listener) => listener());
            }),
          );
        }
        return ok;
      },
      once: (_event: 'drain', listener: () => void) => {
        if (waiting) drainListeners.push(listener);
        else listener();
        return textSink;
      },
    };
    await fill(textSink);
    await pending;

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(DATA_DESCRIPTOR, 0);
    descriptor.writeUInt32LE(entry.crc, 4);
    descriptor.writeUInt32LE(entry.size, 8);
    descriptor.writeUInt32LE(entry.size, 12);
    await this.put(descriptor);
    this.entries.push(entry);
  }

  /** Writes the central directory: the archive is complete. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const entry of this.entries) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(CENTRAL_HEADER, 0);
      header.writeUInt16LE(VERSION, 4);
      header.writeUInt16LE(VERSION, 6);
      header.writeUInt16LE(FLAGS, 8);
      header.writeUInt16LE(STORED, 10);
      header.writeUInt16LE(this.stamp.time, 12);
      header.writeUInt16LE(this.stamp.date, 14);
      header.writeUInt32LE(entry.crc, 16);
      header.writeUInt32LE(entry.size, 20);
      header.writeUInt32LE(entry.size, 24);
      header.writeUInt16LE(entry.name.length, 28);
      header.writeUInt32LE(entry.offset, 42);
      await this.put(Buffer.concat([header, entry.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.put(end);
  }
}
