/** The CLI's streams, injectable so tests can run main() with fake ones. */
import { createReadStream } from 'node:fs';

export interface Out { write(chunk: string): boolean; once?(event: 'drain', cb: () => void): unknown }

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: Out;
  stderr: Out;
  /** Open a file for reading (default: fs.createReadStream). */
  openFile?: (path: string) => NodeJS.ReadableStream;
}

export const defaultOpen = (path: string): NodeJS.ReadableStream => createReadStream(path);

/** Write respecting back-pressure, so a 200 MB input never piles up output in memory. */
export async function writeLine(out: Out, line: string): Promise<void> {
  if (!out.write(`${line}\n`) && out.once) {
    await new Promise<void>((resolve) => out.once?.('drain', resolve));
  }
}
