import { promises as fs } from 'fs';

export const DEFAULT_MAX_BYTES = 1_000_000;

export type ReadResult =
  | { ok: true; text: string; warning: string | null }
  | { ok: false; reason: string };

/**
 * Decodes article bytes. Binary data (a NUL byte near the start) is refused; invalid UTF-8 is decoded with
 * U+FFFD replacement characters and reported, so the rest of the text is still analysed.
 */
export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'file looks binary (it contains NUL bytes)' };
  let text: string;
  let warning: string | null = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    warning = 'file is not valid UTF-8; undecodable bytes are shown as U+FFFD';
  }
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1); // A BOM becomes a space so offsets stay put.
  return { ok: true, text, warning };
}

function tooLarge(size: number, maxBytes: number): ReadResult {
  return { ok: false, reason: `file is ${formatBytes(size)}, above the ${formatBytes(maxBytes)} size limit` };
}

export async function readArticleFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
    return decodeArticle(await fs.readFile(path), maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : String(error) };
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1000) return `${(bytes / 1000).toFixed(0)} KB`;
  return `${bytes} bytes`;
}
