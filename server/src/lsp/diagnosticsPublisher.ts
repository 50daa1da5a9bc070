import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { findingsToDiagnostics } from '../features/diagnostics';
import type { FindingsService } from './findings';
import type { WorkspaceIndex } from './workspaceIndex';

export interface PublishTarget {
  sendDiagnostics(uri: string, diagnostics: Diagnostic[]): void;
  /** Called after a publish, so that the editor asks again for disputed/corroborated highlighting. */
  afterPublish(): void;
}

/**
 * Publishes the findings as diagnostics, per article and only where they changed, shortly after the corpus or the
 * configuration settles; and the problems of crosscheck.json on the file itself. After an edit only the articles
 * whose findings may have changed (the members of the stories compared again) are converted and compared.
 */
export class DiagnosticsPublisher {
  private readonly published = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;
  private stamp = '';
  private configUri: string | null = null;
  /** Whether the next publish compares every article, not only those whose findings changed. */
  private everything = true;
  /** A publish is comparing in slices; `again` records that another was asked for meanwhile. */
  private publishing = false;
  private again = false;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly findings: FindingsService,
    private readonly target: PublishTarget,
  ) {}

  schedule(delay = 250): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.publish(), delay);
  }

  /** Forgets what was published, so the next publish sends everything again. */
  reset(): void {
    this.stamp = '';
    this.everything = true;
  }

  /** Shows crosscheck.json's problems on their lines (an empty list clears them). */
  configProblems(): void {
    const uri = this.findings.configUri;
    if (this.configUri && this.configUri !== uri) this.target.sendDiagnostics(this.configUri, []);
    this.configUri = uri;
    if (!uri) return;
    this.target.sendDiagnostics(
      uri,
      this.findings.problems.map((p) => ({
        range: { start: { line: p.line - 1, character: p.character }, end: { line: p.line - 1, character: p.endCharacter } },
        severity: DiagnosticSeverity.Error,
        source: 'crosscheck',
        message: p.message,
      })),
    );
  }

  /**
   * Sends an article's last diagnostics again when it is opened: some clients (Eglot) drop diagnostics for files
   * they have not opened, and the findings themselves have not changed, so nothing else would send them.
   */
  republish(uri: string): void {
    const serialized = this.published.get(uri);
    if (serialized) this.target.sendDiagnostics(uri, JSON.parse(serialized) as Diagnostic[]);
  }

  private async publish(): Promise<void> {
    if (this.index.status.indexing) return; // Indexing ends with a publish of its own.
    if (this.publishing) {
      this.again = true;
      return;
    }
    const stamp = `${this.index.corpus.version}:${this.findings.configVersion}`;
    if (stamp === this.stamp) return;
    this.publishing = true;
    // Compared in slices, so that hovers and highlighting are answered while a large corpus is compared.
    const results = await this.findings.resultsInSlices().finally(() => (this.publishing = false));
    const again = this.again;
    this.again = false;
    // The corpus changed before the comparison ended, or another publish was asked for meanwhile: go again. Results
    // that were completed are published all the same, stamped with the corpus they were computed for.
    if (results === null || again || this.findings.resultsStamp !== `${this.index.corpus.version}:${this.findings.configVersion}`) this.schedule(0);
    if (results === null) return;
    this.stamp = this.findings.resultsStamp ?? '';
    // Only articles whose findings changed are converted and compared (all of them after a reset or a new
    // configuration): an edit touches one story, and converting every article's diagnostics took seconds.
    const changed = this.findings.takeChanged();
    const articles = changed === null || this.everything ? new Set([...this.published.keys(), ...this.index.corpus.ids()]) : changed;
    this.everything = false;
    for (const uri of articles) {
      const findings = this.findings.findingsOf(uri);
      const diagnostics = findings.length > 0 ? findingsToDiagnostics(this.index.corpus, [...findings]).get(uri) ?? [] : [];
      if (diagnostics.length === 0) {
        if (this.published.delete(uri)) this.target.sendDiagnostics(uri, []);
        continue;
      }
      const serialized = JSON.stringify(diagnostics);
      if (this.published.get(uri) === serialized) continue;
      this.published.set(uri, serialized);
      this.target.sendDiagnostics(uri, diagnostics);
    }
    this.target.afterPublish();
  }
}
