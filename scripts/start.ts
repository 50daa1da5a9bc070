/**
 * `npm start`: serves a real VS Code (code-server) on 127.0.0.1 with Crosscheck loaded on a copy of the seed
 * articles, and prints the URL to open in a browser. For newcomers without desktop VS Code. Ctrl+C stops it.
 * PORT=8080 by default.
 */
import { installCodeServer, startCodeServer } from '../test/vscode/codeServer';
import { createWorkspace, REPO_ROOT } from '../test/vscode/fixture';

async function main(): Promise<void> {
  const bin = installCodeServer();
  const workspace = createWorkspace('demo-workspace');
  const server = await startCodeServer({ bin, workspace, port: Number(process.env.PORT ?? 8080), name: 'demo-state' });
  const url = server.url(workspace, [['extensionDevelopmentPath', server.remote(REPO_ROOT)]]);
  console.log(`\nCrosscheck is running in VS Code (code-server). Open this URL in a browser:\n\n  ${url}\n\nThe workspace is a copy of seeds/ in ${workspace}. Press Ctrl+C to stop.`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise<void>((resolve) => server.process.once('exit', () => resolve()));
  console.log('code-server exited');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
