// Bundles the extension client, the language server and the CLI with esbuild. Type checking is `tsc -b`'s job.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // Prefer packages' ES module builds: some (jsonc-parser) ship a UMD main that a bundler cannot follow.
  mainFields: ['module', 'main'],
};
/**
 * One fingerprint of the analysis code for every bundle that reads or writes the analysis cache (the server, its
 * workers and the CLI): the engine's sources and data and the locked versions of the libraries it runs. Computed
 * from each bundle's own file, the server's or CLI's process and its workers would disagree, and each would remove
 * the other's entries.
 */
function engineKey() {
  const hash = createHash('sha256');
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(full).update('\0').update(readFileSync(full)).update('\0');
    }
  };
  walk('server/src/engine');
  hash.update(readFileSync('package-lock.json'));
  return hash.digest('hex').slice(0, 16);
}
const analysing = { define: { CROSSCHECK_ENGINE_KEY: JSON.stringify(engineKey()) } };
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The claims view's page script (and its stylesheet, dist/claimsView.css), run by the webview: a browser bundle.
  { ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['client/webview/claimsView.ts'], outfile: 'dist/claimsView.js' },
  // The server and the CLI are also the npm package's executables (crosscheck-language-server, crosscheck).
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', ...analysing, banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/worker/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', ...analysing },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', ...analysing, banner: { js: '#!/usr/bin/env node' } },
];
if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build({ ...options, metafile: true })));
  writeNotices(results.flatMap((result) => Object.keys(result.metafile.inputs)));
}

/**
 * The bundles contain the code of other packages, whose licences (MIT and the like) ask that their notices travel
 * with every copy: dist/THIRD-PARTY-NOTICES.txt lists each bundled package with its licence text, and ships in the
 * .vsix and the npm package.
 */
function writeNotices(inputs) {
  const packageDirs = new Set();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packageDirs.add(match[1]);
  }
  const sections = [...packageDirs]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const licenceFile = readdirSync(dir).find((name) => /^(?:licen[sc]e|copying)(?:\.|$)/i.test(name));
      const text = licenceFile ? readFileSync(path.join(dir, licenceFile), 'utf8').trim() : `Licence: ${pkg.license ?? 'see the package'}`;
      return { name: pkg.name, heading: `${pkg.name} ${pkg.version} (${pkg.license ?? 'licence in the text below'})`, text };
    })
    .sort((a, b) => a.name.localeCompare(b.name))
    .filter((section, i, all) => i === 0 || all[i - 1].heading !== section.heading);
  const intro = 'Crosscheck bundles the following packages into dist/. Their licences and notices follow.';
  writeFileSync('dist/THIRD-PARTY-NOTICES.txt', [intro, ...sections.map((s) => `${'='.repeat(78)}\n${s.heading}\n\n${s.text}`)].join('\n\n') + '\n');
}
