/** A corpus file or open document the server did not analyse, as crosscheck/skippedFiles sends it. */
export interface SkippedFile {
  uri: string;
  reason: string;
}

/** The kind of reason, for counting: the server's reasons carry sizes and limits that differ from file to file. */
export function reasonKind(reason: string): string {
  if (/binary/i.test(reason)) return 'binary';
  if (/size limit|maxFileSize/i.test(reason)) return 'too large';
  if (/took longer than/i.test(reason)) return 'too slow to analyse';
  if (/permission|no such file|not a regular file/i.test(reason)) return 'unreadable';
  return 'failed';
}

/** "3 files skipped (2 binary, 1 too large)", or null when none was. */
export function skippedSummary(files: readonly SkippedFile[]): string | null {
  if (files.length === 0) return null;
  const counts = new Map<string, number>();
  for (const file of files) counts.set(reasonKind(file.reason), (counts.get(reasonKind(file.reason)) ?? 0) + 1);
  // The most frequent kind first; ties in a fixed order so that the text does not flicker between updates.
  const kinds = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([kind, n]) => `${n} ${kind}`);
  return `${files.length} file${files.length === 1 ? '' : 's'} skipped (${kinds.join(', ')})`;
}

/** The status bar tooltip's line about skipped files, with where to see them, or '' when none was skipped. */
export function skippedTooltip(files: readonly SkippedFile[]): string {
  const summary = skippedSummary(files);
  return summary ? `\n${summary}: run "Crosscheck: Show Skipped Files" to list them.` : '';
}

/** The lines the output channel gets for a new list: only files not listed before, so each is said once. */
export function newlySkippedLines(previous: readonly SkippedFile[], next: readonly SkippedFile[], label: (uri: string) => string): string[] {
  const seen = new Set(previous.map((file) => `${file.uri}\u0000${file.reason}`));
  return next.filter((file) => !seen.has(`${file.uri}\u0000${file.reason}`)).map((file) => `Skipped ${label(file.uri)}: ${file.reason}`);
}
