import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { RULE_IDS, type RuleId, type Severity } from './rules/types';

/**
 * The project's own settings file, `crosscheck.json` at a workspace folder's root:
 *
 *   {
 *     "rules": { "figure-conflict": "information", "single-source": "on", "role-conflict": "off" },
 *     "ignore": [ { "rule": "name-variant", "file": "articles/storm.txt", "text": "Verdana" } ],
 *     "preferredSpellings": { "Verdana": "Vardeno" }
 *   }
 *
 * `rules` maps a rule id to "off", "on" (its default severity) or a severity ("error", "warning", "information",
 * "hint"). `ignore` lists findings to hide: every field given must match (file is relative to the folder, text is
 * the flagged text). `preferredSpellings` maps a spelling to the one the quick fix should offer.
 */
export interface RuleSetting {
  enabled: boolean;
  severity: Severity | null;
}

export interface IgnoreEntry {
  rule?: string;
  file?: string;
  text?: string;
}

export interface EngineConfig {
  rules: Record<RuleId, RuleSetting>;
  ignore: IgnoreEntry[];
  preferredSpellings: Record<string, string>;
}

export interface ConfigProblem {
  /** 1-based line of the problem in the file. */
  line: number;
  message: string;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);
const OFF_BY_DEFAULT: ReadonlySet<RuleId> = new Set(['single-source']);

export function defaultConfig(): EngineConfig {
  const rules = {} as Record<RuleId, RuleSetting>;
  for (const id of RULE_IDS) rules[id] = { enabled: !OFF_BY_DEFAULT.has(id), severity: null };
  return { rules, ignore: [], preferredSpellings: {} };
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split('\n').length;
}

/** The line where a key first appears in the text, for messages about values that parsed but are wrong. */
function lineOfKey(text: string, key: string): number {
  const index = text.indexOf(`"${key}"`);
  return index < 0 ? 1 : lineOf(text, index);
}

/**
 * Reads crosscheck.json. Anything invalid is reported with its line and reason and left at its default; a file
 * that is not JSON at all keeps the whole default configuration.
 */
export function parseConfig(text: string): { config: EngineConfig; problems: ConfigProblem[] } {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  // jsonc-parser (VS Code's own) tolerates comments and trailing commas and says where a syntax error is.
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0];
    problems.push({ line: lineOf(text, first.offset), message: `not valid JSON (${printParseErrorCode(first.error)}); using the defaults` });
    return { config, problems };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ line: 1, message: 'the file must hold a JSON object; using the defaults' });
    return { config, problems };
  }
  const object = raw as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (!['rules', 'ignore', 'preferredSpellings', '$schema'].includes(key)) problems.push({ line: lineOfKey(text, key), message: `unknown key "${key}" (expected rules, ignore, preferredSpellings)` });
  }
  if (object.rules !== undefined) {
    if (!object.rules || typeof object.rules !== 'object' || Array.isArray(object.rules)) {
      problems.push({ line: lineOfKey(text, 'rules'), message: '"rules" must be an object of rule ids; ignored' });
    } else {
      for (const [id, value] of Object.entries(object.rules as Record<string, unknown>)) {
        if (!(RULE_IDS as readonly string[]).includes(id)) {
          problems.push({ line: lineOfKey(text, id), message: `unknown rule "${id}" (rules: ${RULE_IDS.join(', ')})` });
        } else if (value === 'off' || value === false) config.rules[id as RuleId] = { enabled: false, severity: null };
        else if (value === 'on' || value === true) config.rules[id as RuleId] = { enabled: true, severity: null };
        else if (typeof value === 'string' && SEVERITIES.has(value)) config.rules[id as RuleId] = { enabled: true, severity: value as Severity };
        else problems.push({ line: lineOfKey(text, id), message: `rule "${id}" must be "off", "on" or a severity (error, warning, information, hint); keeping its default` });
      }
    }
  }
  if (object.ignore !== undefined) {
    if (!Array.isArray(object.ignore)) problems.push({ line: lineOfKey(text, 'ignore'), message: '"ignore" must be a list; ignored' });
    else {
      for (const entry of object.ignore) {
        const valid = entry && typeof entry === 'object' && !Array.isArray(entry) &&
          Object.entries(entry as Record<string, unknown>).every(([k, v]) => ['rule', 'file', 'text'].includes(k) && typeof v === 'string') &&
          Object.keys(entry as object).length > 0;
        if (valid) config.ignore.push(entry as IgnoreEntry);
        else problems.push({ line: lineOfKey(text, 'ignore'), message: 'each "ignore" entry must be an object with string fields rule, file and/or text; entry skipped' });
      }
    }
  }
  if (object.preferredSpellings !== undefined) {
    const value = object.preferredSpellings;
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string')) {
      config.preferredSpellings = value as Record<string, string>;
    } else problems.push({ line: lineOfKey(text, 'preferredSpellings'), message: '"preferredSpellings" must map spellings to spellings; ignored' });
  }
  return { config, problems };
}
