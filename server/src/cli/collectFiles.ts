import { promises as fs } from 'fs';
import * as path from 'path';

/** Extensions read when a folder is given; a file named on the command line is read whatever its extension. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.article', '.news']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist']);

export interface Collected {
  files: string[];
  errors: Array<{ path: string; reason: string }>;
}

/** Expands files and folders (recursively, skipping hidden and build folders) into a sorted list of article files. */
export async function collectFiles(inputs: string[]): Promise<Collected> {
  const files: string[] = [];
  const errors: Collected['errors'] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) await walk(full);
      } else if (entry.isFile() && ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
        files.push(full);
      }
    }
  };
  for (const input of inputs) {
    try {
      const stat = await fs.stat(input);
      if (stat.isDirectory()) await walk(input);
      else files.push(input);
    } catch {
      errors.push({ path: input, reason: 'no such file or folder' });
    }
  }
  return { files, errors };
}
