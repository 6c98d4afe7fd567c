// Buffered writing to a TextSink: text is gathered into chunks of CHUNK_SIZE characters
// and the writer waits for 'drain' when the sink is full, so memory stays flat however
// many rows are exported.
import type { TextSink } from './types';

/** Characters gathered before a write to the sink. */
const CHUNK_SIZE = 64 * 1024;

/** A buffer in front of a sink. */
export class BufferedSink {
  private buffer: string[] = [];
  private size = 0;

  constructor(private readonly sink: TextSink) {}

  /** Adds text; flushes (and waits for the sink) when the buffer is full. */
  async write(text: string): Promise<void> {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_SIZE) await this.flush();
  }

  /** Writes what is buffered, waiting for 'drain' when the sink asks for it. */
  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.sink.write(chunk)) await new Promise<void>((resolve) => this.sink.once('drain', resolve));
  }
}
