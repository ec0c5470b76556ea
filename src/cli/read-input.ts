/** Reads one CLI input ("-" is standard input): its text, or null after a message on stderr. */
import * as fs from 'node:fs';
import { decodeText, looksBinary } from '../core/file-content';

export interface InputIO {
  stderr: (s: string) => void;
  readStdin: () => string;
}

export function readInput(path: string, io: InputIO): string | null {
  try {
    const buf = path === '-' ? Buffer.from(io.readStdin(), 'utf8') : fs.readFileSync(path);
    if (looksBinary(buf)) {
      io.stderr(`attribution-lens: ${path}: looks like a binary file, skipped\n`);
      return null;
    }
    return decodeText(buf);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.code === 'EACCES' ? 'permission denied' : e.message;
    io.stderr(`attribution-lens: ${path}: ${why}\n`);
    return null;
  }
}
