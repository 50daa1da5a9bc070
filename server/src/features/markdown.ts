/** Escapes text for Markdown so that names and snippets show as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

/** A link that VS Code opens at a line (1-based `#L` fragment) of a file. */
export function lineLink(label: string, uri: string, zeroBasedLine: number): string {
  return `[${escapeMarkdown(label)}](${uri}#L${zeroBasedLine + 1})`;
}
