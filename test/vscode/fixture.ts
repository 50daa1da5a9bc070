/**
 * The workspace the VS Code tests open: a fresh copy of the seed articles with the settings a user of this
 * repository has, and one ordinary .txt file that must stay plain text. Built anew for every run, so that tests
 * that change settings never touch the repository.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const TEST_ROOT = path.join(REPO_ROOT, '.vscode-test');

export function createWorkspace(name = 'workspace'): string {
  const workspace = path.join(TEST_ROOT, name);
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(path.join(workspace, 'seeds'), { recursive: true });
  mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  mkdirSync(path.join(workspace, 'notes'), { recursive: true });
  const seeds = path.join(REPO_ROOT, 'seeds');
  for (const file of readdirSync(seeds)) copyFileSync(path.join(seeds, file), path.join(workspace, 'seeds', file));
  writeFileSync(
    path.join(workspace, '.vscode', 'settings.json'),
    JSON.stringify(
      {
        // The second pattern is README's example for a folder of .txt articles (a pattern with a / must start with **/).
        'files.associations': { '**/seeds/*.txt': 'article', '**/articles/**/*.txt': 'article' },
        'crosscheck.corpus': ['seeds/*.txt', '**/*.article', '**/*.news'],
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'git.enabled': false,
        'git.openRepositoryInParentFolders': 'never',
      },
      null,
      2,
    ),
  );
  writeFileSync(path.join(workspace, 'notes', 'LICENSE.txt'), 'Permission is hereby granted, free of charge, to any person.\n');
  mkdirSync(path.join(workspace, 'articles', 'world'), { recursive: true });
  writeFileSync(path.join(workspace, 'articles', 'world', 'karlin.txt'), 'Karlin council meets\nThe council met in Karlin on Monday.\n');
  // An article outside crosscheck.corpus (and outside files.associations), for the out-of-corpus notice.
  mkdirSync(path.join(workspace, 'drafts'), { recursive: true });
  writeFileSync(path.join(workspace, 'drafts', 'velora.txt'), 'Velora opens ferry terminal\nMayor Anna Doe opened the Karlin terminal on Tuesday.\n');
  return workspace;
}

export const SUITE_PATH = path.join(REPO_ROOT, 'out/test/vscode/suite/index.js');
