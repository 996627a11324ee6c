import { realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** The error code of a failed file operation (ENOENT, EACCES…), for a one-line message. */
export function fileError(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** Whether two paths name the same file, through links and `./` detours. */
export function samePath(a: string, b: string): boolean {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return real(a) === real(b);
}

const WRITE_PROBLEMS: Record<string, string> = {
  EEXIST: 'the file exists already; pass --force to replace it',
  ENOENT: 'cannot write there: the folder does not exist',
  ENOTDIR: 'cannot write there: a part of the path is not a folder',
  EACCES: 'cannot write there: permission denied',
  EPERM: 'cannot write there: permission denied',
  EISDIR: 'cannot write there: it is a folder',
  EROFS: 'cannot write there: the file system is read-only',
};

/**
 * Writes `text` to `file`, never over an existing file unless `force` (a curated article is
 * one command away from being replaced by a draft). Returns a one-line problem, or undefined.
 */
export async function writeOutput(file: string, text: string, force: boolean): Promise<string | undefined> {
  try {
    // `wx` fails if the file exists: checked and created in one step, so nothing slips between.
    await writeFile(file, text, { flag: force ? 'w' : 'wx' });
    return undefined;
  } catch (error) {
    const code = fileError(error);
    return WRITE_PROBLEMS[code] ?? `cannot write the file (${code})`;
  }
}
