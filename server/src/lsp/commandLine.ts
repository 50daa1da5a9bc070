import { VERSION } from '../version';

export const SERVER_USAGE = `usage: crosscheck-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The Crosscheck language server for any editor that speaks the Language Server Protocol.
  --stdio          talk over standard input and output (what most editors use)
  --node-ipc       talk over Node's IPC channel (when started by a Node client with an IPC transport)
  --socket=PORT    connect to the editor listening on TCP port PORT of this machine
  --pipe=NAME      connect to the editor listening on the named pipe or Unix socket NAME
  --version        print the version and exit
Settings come from initializationOptions.settings and workspace/configuration (section "crosscheck");
see docs/EDITORS.md.`;

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

/**
 * What the server's own command line asks for before any connection exists: the version, the usage, or (when no
 * transport is named) the usage as an error, so that a newcomer who runs the binary bare learns what to type
 * instead of seeing the protocol library's stack trace. Null when a transport is named and the server should start.
 */
export function commandLineAction(argv: string[]): { stream: 'stdout' | 'stderr'; text: string; exitCode: number } | null {
  if (argv.includes('--version') || argv.includes('-v')) return { stream: 'stdout', text: VERSION, exitCode: 0 };
  if (argv.includes('--help') || argv.includes('-h')) return { stream: 'stdout', text: SERVER_USAGE, exitCode: 0 };
  if (argv.some((arg) => TRANSPORTS.includes(arg.split('=')[0]))) return null;
  return { stream: 'stderr', text: `crosscheck-language-server: no transport given\n${SERVER_USAGE}`, exitCode: 2 };
}
