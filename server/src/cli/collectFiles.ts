import { promises as fs } from 'fs';
import * as path from 'path';

/** Extensions read when a folder is given; a file named on the command line is read whatever its extension. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.article', '.news']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist']);

export interface Collected {
  files: string[];
  errors: Array<{ path: string; reason: string }>;
}

/** What a failed file-system call says to a user: the common causes in words, else the system's own message. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return error instanceof Error ? error.message : String(error);
}

/** The file-system calls the walk makes; tests pass one that fails where they choose (the tests run as root). */
export type WalkFileSystem = Pick<typeof fs, 'readdir' | 'realpath' | 'stat'>;

/**
 * Expands files and folders (recursively, skipping hidden and build folders) into a sorted list of article files.
 * A folder or file that cannot be read is reported and the walk goes on with the rest. Symbolic links are
 * followed (a linked article is read like any other), and each real folder is walked once, so a link that points
 * back up the tree ends there instead of looping.
 */
export async function collectFiles(inputs: string[], io: WalkFileSystem = fs): Promise<Collected> {
  const files: string[] = [];
  const errors: Collected['errors'] = [];
  const walked = new Set<string>();
  const walk = async (folder: string): Promise<void> => {
    let entries;
    try {
      const real = await io.realpath(folder);
      if (walked.has(real)) return;
      walked.add(real);
      entries = await io.readdir(folder, { withFileTypes: true });
    } catch (error) {
      errors.push({ path: folder, reason: `cannot read folder: ${reasonOf(error)}` });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await io.stat(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          // A dangling link is only worth a word when it looks like an article.
          if (ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) errors.push({ path: full, reason: reasonOf(error) });
          continue;
        }
      }
      if (isDirectory) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) await walk(full);
      } else if (isFile && ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
        files.push(full);
      }
    }
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = await io.stat(input);
    } catch (error) {
      errors.push({ path: input, reason: reasonOf(error) });
      continue;
    }
    if (stat.isDirectory()) await walk(input);
    else files.push(input);
  }
  return { files, errors };
}
