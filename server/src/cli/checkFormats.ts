import type { Log, ReportingDescriptor, Result } from 'sarif';
import { offsetToLineColumn } from '../engine/text/lineIndex';
import { RULE_DESCRIPTIONS } from '../engine/rules/descriptions';
import type { Finding, Severity } from '../engine/rules/types';

/** What the output needs of a checked file: the offsets at which its lines start (the analysis has them). */
export interface CheckedFile {
  file: string;
  lineStarts: number[];
}

function locator(files: Map<string, CheckedFile>) {
  return (file: string, offset: number): { line: number; column: number } => {
    const { line, column } = offsetToLineColumn(files.get(file)?.lineStarts ?? [0], offset);
    return { line: line + 1, column: column + 1 };
  };
}

/** `file:line:col: severity rule message`, one finding a line. */
export function checkText(findings: Finding[], files: Map<string, CheckedFile>): string {
  const at = locator(files);
  return findings
    .map((f) => {
      const { line, column } = at(f.article, f.start);
      return `${f.article}:${line}:${column}: ${f.severity} ${f.rule} ${f.message}`;
    })
    .join('\n');
}

/** The JSON contract of `crosscheck check --format json`; field names are fixed, extra fields are allowed. */
export function checkJson(findings: Finding[], files: Map<string, CheckedFile>): string {
  const at = locator(files);
  return JSON.stringify(
    {
      findings: findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        file: f.article,
        start: f.start,
        end: f.end,
        line: at(f.article, f.start).line,
        message: f.message,
        related: f.related.map((r) => ({ file: r.article, start: r.start, end: r.end, line: at(r.article, r.start).line, message: r.message })),
        ...(f.relatedTotal ? { relatedTotal: f.relatedTotal } : {}),
        ...(f.fix ? { fix: { title: f.fix.title, replacement: f.fix.replacement } } : {}),
      })),
    },
    null,
    2,
  );
}

const SEVERITY_NAMES: Array<[Severity, string, string]> = [
  ['error', 'error', 'errors'],
  ['warning', 'warning', 'warnings'],
  ['information', 'information', 'information'],
  ['hint', 'hint', 'hints'],
];

/** "3 findings (1 warning, 2 information) in 24 articles"; "0 findings in 5 articles". */
export function checkSummary(findings: Finding[], articles: number): string {
  const counts = SEVERITY_NAMES.flatMap(([severity, one, many]) => {
    const n = findings.filter((f) => f.severity === severity).length;
    return n > 0 ? [`${n} ${n === 1 ? one : many}`] : [];
  });
  const total = `${findings.length} finding${findings.length === 1 ? '' : 's'}`;
  return `${total}${counts.length > 0 ? ` (${counts.join(', ')})` : ''} in ${articles} article${articles === 1 ? '' : 's'}`;
}

/** A file's display path as a relative URI reference: each segment percent-encoded, `/` kept. */
function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

const SRCROOT = 'SRCROOT';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * SARIF 2.1.0: one run, the rules as the tool's descriptors, each finding a result with related locations. File
 * URIs are relative to the base `SRCROOT` (`srcRoot`, a file URI ending in `/`), given in originalUriBaseIds, so
 * that a viewer on another machine can map them to its own checkout.
 */
export function checkSarif(findings: Finding[], files: Map<string, CheckedFile>, version: string, srcRoot: string): string {
  const at = locator(files);
  const region = (file: string, start: number, end: number) => {
    const from = at(file, start);
    const to = at(file, end);
    return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column, charOffset: start, charLength: end - start };
  };
  const rules: ReportingDescriptor[] = Object.entries(RULE_DESCRIPTIONS).map(([id, description]) => ({
    id,
    shortDescription: { text: description.short },
    defaultConfiguration: { level: description.enabled ? LEVEL[description.severity] : 'none', enabled: description.enabled },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifact = (file: string) => ({ uri: relativeUri(file), uriBaseId: SRCROOT });
  const log: Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'crosscheck', version, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: srcRoot, description: { text: 'The folder crosscheck ran in.' } } },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ruleIndex.get(f.rule),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: artifact(f.article), region: region(f.article, f.start, f.end) } }],
          relatedLocations: f.related.map((r, id) => ({
            id,
            message: { text: r.message },
            physicalLocation: { artifactLocation: artifact(r.article), region: region(r.article, r.start, r.end) },
          })),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
