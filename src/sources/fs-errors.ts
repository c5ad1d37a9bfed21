import path from 'node:path';

/**
 * Why a file could not be read or written, in a user's words and naming the path, with what to do:
 * a filesystem error is the user's to fix (a missing folder, a folder given for a file), never an
 * "internal error".
 */
export function fsProblem(error: unknown, file: string, doing: 'read' | 'write'): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return doing === 'write'
        ? `the folder ${path.dirname(file)} does not exist; create it first, or name a file in a folder that does`
        : `${file} does not exist`;
    case 'EISDIR':
      return `${file} is a folder, not a file`;
    case 'ENOTDIR':
      return `a part of ${file} is a file, not a folder`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied for ${file}`;
    case 'EROFS':
      return `${file} is on a read-only file system`;
    case 'ENOSPC':
      return `no space left to write ${file}`;
    default:
      return `${file}: ${(error as Error | null)?.message ?? String(error)}`;
  }
}

/** Whether an error is one the filesystem gave (it has an errno code), not a bug. */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}
