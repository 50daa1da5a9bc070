import { STORY_MODES, type StoryMode } from '../engine/stories/stories';

/** Server-side view of the `crosscheck.*` settings, with defaults kept for anything missing or malformed. */
export interface Settings {
  maxFileSize: number;
  semanticHighlighting: boolean;
  codeLens: boolean;
  inlayHints: boolean;
  corpus: string[];
  /** How articles are grouped into stories, within which claims are compared. */
  stories: StoryMode;
}

export const DEFAULT_SETTINGS: Settings = {
  maxFileSize: 1_000_000,
  semanticHighlighting: true,
  codeLens: true,
  inlayHints: true,
  corpus: ['**/*.article', '**/*.news'],
  stories: 'auto',
};

/** Reads raw settings; every invalid value is replaced by its default and named in `problems`. */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const source = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (source.maxFileSize !== undefined) {
    const value = source.maxFileSize;
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) settings.maxFileSize = value;
    else problems.push(`crosscheck.maxFileSize must be a positive number; using ${DEFAULT_SETTINGS.maxFileSize}`);
  }
  if (source.semanticHighlighting !== undefined) {
    if (typeof source.semanticHighlighting === 'boolean') settings.semanticHighlighting = source.semanticHighlighting;
    else problems.push('crosscheck.semanticHighlighting must be true or false; using true');
  }
  if (source.codeLens !== undefined) {
    if (typeof source.codeLens === 'boolean') settings.codeLens = source.codeLens;
    else problems.push('crosscheck.codeLens must be true or false; using true');
  }
  if (source.inlayHints !== undefined) {
    if (typeof source.inlayHints === 'boolean') settings.inlayHints = source.inlayHints;
    else problems.push('crosscheck.inlayHints must be true or false; using true');
  }
  if (source.corpus !== undefined) {
    const value = source.corpus;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) settings.corpus = value as string[];
    else problems.push('crosscheck.corpus must be a list of glob patterns; using the default');
  }
  if (source.stories !== undefined) {
    const value = source.stories;
    if (typeof value === 'string' && (STORY_MODES as readonly string[]).includes(value)) settings.stories = value as StoryMode;
    else problems.push(`crosscheck.stories must be one of ${STORY_MODES.join(', ')}; using ${DEFAULT_SETTINGS.stories}`);
  }
  return { settings, problems };
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The settings a client gives at start (initializationOptions.settings) with those it gives later
 * (workspace/configuration, didChangeConfiguration) laid over them key by key. A later answer that is empty or
 * null — what Neovim and Eglot send for a section they were not told about — keeps every initial value.
 */
export function layerSettings(initial: unknown, later: unknown): Record<string, unknown> {
  const base = isRecord(initial) ? initial : {};
  if (!isRecord(later)) return { ...base };
  const given = Object.fromEntries(Object.entries(later).filter(([, value]) => value !== undefined && value !== null));
  return { ...base, ...given };
}
