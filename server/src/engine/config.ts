import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lineStarts, offsetToLineColumn } from './text/lineIndex';
import { RULE_IDS, type RuleId, type Severity } from './rules/types';

/**
 * The project's own settings file, `crosscheck.json` at a workspace folder's root:
 *
 *   {
 *     "rules": { "figure-conflict": "information", "single-source": "on", "role-conflict": "off" },
 *     "ignore": [ { "rule": "name-variant", "file": "articles/storm.txt", "text": "Verdana" } ],
 *     "preferredSpellings": { "Verdana": "Vardeno" },
 *     "decisions": [ { "rule": "figure-conflict", "file": "articles/storm.txt", "text": "14", "decision": "confirmed",
 *                      "note": "The council's minutes say 15." } ]
 *   }
 *
 * `rules` maps a rule id to "off", "on" (its default severity) or a severity ("error", "warning", "information",
 * "hint"). `ignore` lists findings to hide: every field given must match (file is relative to the folder, text is
 * the flagged text). `preferredSpellings` maps a spelling to the one the quick fix should offer. `decisions` records
 * what a fact-checker decided about a finding (see engine/rules/decisions.ts): keyed like ignore entries by rule, file
 * and flagged text, so that a decision survives edits elsewhere in the article.
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

export const DECISIONS = ['confirmed', 'dismissed', 'noted'] as const;
export type DecisionKind = (typeof DECISIONS)[number];

/** A fact-checker's decision about one finding: a real error, not an error, or a note. */
export interface DecisionEntry {
  rule: string;
  file: string;
  text: string;
  decision: DecisionKind;
  note?: string;
}

export interface EngineConfig {
  rules: Record<RuleId, RuleSetting>;
  ignore: IgnoreEntry[];
  preferredSpellings: Record<string, string>;
  decisions: DecisionEntry[];
}

export interface ConfigProblem {
  /** 1-based line of the problem in the file. */
  line: number;
  /** 0-based UTF-16 columns of the problem on that line, end exclusive (never past the line's end). */
  character: number;
  endCharacter: number;
  message: string;
}

// Deeper nesting than any real crosscheck.json is refused before parsing: the parser recurses once per level, and
// a file nested ten thousand deep overflowed the stack.
export const MAX_CONFIG_DEPTH = 64;

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);
const OFF_BY_DEFAULT: ReadonlySet<RuleId> = new Set(['single-source']);

export function defaultConfig(): EngineConfig {
  const rules = {} as Record<RuleId, RuleSetting>;
  for (const id of RULE_IDS) rules[id] = { enabled: !OFF_BY_DEFAULT.has(id), severity: null };
  return { rules, ignore: [], preferredSpellings: {}, decisions: [] };
}

/**
 * The offset where nesting first goes deeper than `limit`, or -1. One pass over the text that skips strings and
 * comments, so brackets inside them do not count.
 */
export function tooDeepAt(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '{' || c === '[') {
      if (++depth > limit) return i;
    } else if (c === '}' || c === ']') depth--;
  }
  return -1;
}

export function parseConfig(input: string): { config: EngineConfig; problems: ConfigProblem[] } {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  // A byte order mark is allowed (editors on Windows write one); a space in its place keeps every offset.
  const text = input.startsWith('\uFEFF') ? ` ${input.slice(1)}` : input;
  const starts = lineStarts(text);
  /** A problem on the span [offset, offset + length), cut at the end of its first line. */
  const problem = (offset: number, length: number, message: string): ConfigProblem => {
    const { line, column } = offsetToLineColumn(starts, Math.max(0, Math.min(offset, text.length)));
    const lineEnd = line + 1 < starts.length ? starts[line + 1] : text.length;
    const lineText = text.slice(starts[line], lineEnd).replace(/[\r\n]+$/, '');
    return { line: line + 1, character: column, endCharacter: Math.max(column, Math.min(column + length, lineText.length)), message };
  };
  const at = (node: Node | undefined, message: string): ConfigProblem => {
    // A property's problem covers its key and value; a list entry's, the entry.
    const target = node?.parent?.type === 'property' ? node.parent : node;
    return target ? problem(target.offset, target.length, message) : problem(0, 0, message);
  };
  const deep = tooDeepAt(text, MAX_CONFIG_DEPTH);
  if (deep >= 0) {
    problems.push(problem(deep, 1, `nested more than ${MAX_CONFIG_DEPTH} levels deep; using the defaults`));
    return { config, problems };
  }
  // jsonc-parser (VS Code's own) tolerates comments and trailing commas and says where a syntax error is.
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    problems.push(first
      ? problem(first.offset, first.length, `not valid JSON (${printParseErrorCode(first.error)}); using the defaults`)
      : problem(0, 0, 'the file is empty; using the defaults'));
    return { config, problems };
  }
  if (root.type !== 'object') {
    problems.push(problem(root.offset, root.length, 'the file must hold a JSON object; using the defaults'));
    return { config, problems };
  }
  const raw = nodeValue(root);
  const node = (...path: Array<string | number>) => findNodeAtLocation(root, path);
  const object = raw as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (!['rules', 'ignore', 'preferredSpellings', 'decisions', '$schema'].includes(key)) problems.push(at(node(key), `unknown key "${key}" (expected rules, ignore, preferredSpellings, decisions)`));
  }
  if (object.rules !== undefined) {
    if (!object.rules || typeof object.rules !== 'object' || Array.isArray(object.rules)) {
      problems.push(at(node('rules'), '"rules" must be an object of rule ids; ignored'));
    } else {
      for (const [id, value] of Object.entries(object.rules as Record<string, unknown>)) {
        if (!(RULE_IDS as readonly string[]).includes(id)) {
          problems.push(at(node('rules', id), `unknown rule "${id}" (rules: ${RULE_IDS.join(', ')})`));
        } else if (value === 'off' || value === false) config.rules[id as RuleId] = { enabled: false, severity: null };
        else if (value === 'on' || value === true) config.rules[id as RuleId] = { enabled: true, severity: null };
        else if (typeof value === 'string' && SEVERITIES.has(value)) config.rules[id as RuleId] = { enabled: true, severity: value as Severity };
        else problems.push(at(node('rules', id), `rule "${id}" must be "off", "on" or a severity (error, warning, information, hint); keeping its default`));
      }
    }
  }
  if (object.ignore !== undefined) {
    if (!Array.isArray(object.ignore)) problems.push(at(node('ignore'), '"ignore" must be a list; ignored'));
    else {
      for (const [index, entry] of (object.ignore as unknown[]).entries()) {
        const valid = entry && typeof entry === 'object' && !Array.isArray(entry) &&
          Object.entries(entry as Record<string, unknown>).every(([k, v]) => ['rule', 'file', 'text'].includes(k) && typeof v === 'string') &&
          Object.keys(entry as object).length > 0;
        if (valid) config.ignore.push(entry as IgnoreEntry);
        else problems.push(at(node('ignore', index), 'each "ignore" entry must be an object with string fields rule, file and/or text; entry skipped'));
      }
    }
  }
  if (object.preferredSpellings !== undefined) {
    const value = object.preferredSpellings;
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string')) {
      config.preferredSpellings = value as Record<string, string>;
    } else problems.push(at(node('preferredSpellings'), '"preferredSpellings" must map spellings to spellings; ignored'));
  }
  if (object.decisions !== undefined) {
    if (!Array.isArray(object.decisions)) problems.push(at(node('decisions'), '"decisions" must be a list; ignored'));
    else {
      for (const [index, entry] of (object.decisions as unknown[]).entries()) {
        const problem = decisionProblem(entry);
        if (problem) problems.push(at(node('decisions', index), `${problem}; entry skipped`));
        else config.decisions.push(entry as DecisionEntry);
      }
    }
  }
  return { config, problems };
}

/** True for a valid "decisions" entry. */
export function isDecisionEntry(entry: unknown): entry is DecisionEntry {
  return decisionProblem(entry) === null;
}

/** What is wrong with a "decisions" entry, or null when it is valid. */
function decisionProblem(entry: unknown): string | null {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return 'each "decisions" entry must be an object';
  const record = entry as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!['rule', 'file', 'text', 'decision', 'note'].includes(key)) return `unknown field "${key}" in a decision (expected rule, file, text, decision, note)`;
  }
  for (const key of ['rule', 'file', 'text']) if (typeof record[key] !== 'string') return `a decision needs a string "${key}"`;
  if (!(DECISIONS as readonly unknown[]).includes(record.decision)) return `"decision" must be one of ${DECISIONS.join(', ')}`;
  if (record.note !== undefined && typeof record.note !== 'string') return '"note" must be a string';
  return null;
}

/** The plain value of a parsed node (depth already bounded by tooDeepAt). Later duplicate keys win, as in JSON.parse. */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        // Defined, not assigned, so that a key named "__proto__" stays an ordinary key as JSON.parse keeps it.
        if (key && value) Object.defineProperty(object, String(key.value), { value: nodeValue(value), enumerable: true, writable: true, configurable: true });
      }
      return object;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}
