import { watch, type FSWatcher } from 'chokidar';
import * as path from 'path';

export interface FileChange {
  file: string;
  deleted: boolean;
}

/** Folders never watched: hidden ones (.git), dependencies and build output, as the index never reads them. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'build']);

/**
 * Watches workspace folders from the server itself, for clients that cannot watch files for it (no dynamic
 * registration of workspace/didChangeWatchedFiles: Neovim 0.7, Eglot, Helix). Changes arrive in batches after
 * the file system settles for `delayMs`, so that a save that writes a file twice is read once.
 */
export class FolderWatcher {
  private watcher: FSWatcher | null = null;
  private pending = new Map<string, boolean>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly onChanges: (changes: FileChange[]) => void,
    private readonly log: (message: string) => void,
    private readonly delayMs = 200,
  ) {}

  /** Watches these folders instead of any watched before. */
  async watch(folders: string[]): Promise<void> {
    await this.dispose();
    if (folders.length === 0) return;
    const watcher = watch(folders, {
      ignoreInitial: true,
      ignored: (file, stats) => {
        const name = path.basename(file);
        const isFolder = stats ? stats.isDirectory() : !path.extname(name);
        return isFolder && !folders.includes(file) && (name.startsWith('.') || SKIPPED_FOLDERS.has(name));
      },
    });
    this.watcher = watcher;
    const record = (deleted: boolean) => (file: string) => {
      this.pending.set(file, deleted);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), this.delayMs);
    };
    watcher.on('add', record(false)).on('change', record(false)).on('unlink', record(true)).on('unlinkDir', record(true));
    watcher.on('error', (error) => this.log(`File watching failed: ${String(error)}`));
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
    this.log(`Watching ${folders.length} folder(s) for changes (the client does not watch files).`);
  }

  async dispose(): Promise<void> {
    clearTimeout(this.timer);
    this.pending.clear();
    const watcher = this.watcher;
    this.watcher = null;
    await watcher?.close();
  }

  private flush(): void {
    const changes = [...this.pending].map(([file, deleted]) => ({ file, deleted }));
    this.pending.clear();
    if (changes.length > 0) this.onChanges(changes);
  }
}
