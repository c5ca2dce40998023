import { Readable } from 'node:stream';
import { main, type CliIO } from '../../src/cli/tact';

export interface Run { code: number; out: string[]; err: string }

/** Run the CLI with in-memory stdin and files. */
export async function run(argv: string[], stdin = '', files: Record<string, string> = {}): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdin: Readable.from([stdin]),
    stdout: { write: (s: string) => { out += s; return true; } },
    stderr: { write: (s: string) => { err += s; return true; } },
    openFile: (p: string) => {
      if (!(p in files)) {
        const r = new Readable({ read() { this.destroy(Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' })); } });
        return r;
      }
      return Readable.from([files[p] as string]);
    },
  };
  const code = await main(argv, io);
  return { code, out: out.split('\n').filter(Boolean), err };
}
