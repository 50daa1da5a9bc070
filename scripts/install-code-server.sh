#!/usr/bin/env bash
# Installs code-server (a real VS Code that runs offline in a browser) into .vscode-test/, once, for the VS Code
# tests and `npm start`. Needs, as root, the Debian packages libkrb5-dev (native kerberos module) and ripgrep;
# .ci/run installs them. Prints the path of the code-server binary on its last line.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="${CODE_SERVER_VERSION:-4.100.3}"   # VS Code 1.100.3; the newest whose install script accepts Node 20.
PREFIX="$PWD/.vscode-test/code-server-$VERSION"
BIN="$PREFIX/node_modules/.bin/code-server"

if [ -x "$BIN" ] && "$BIN" --version >/dev/null 2>&1; then
  echo "$BIN"
  exit 0
fi

command -v rg >/dev/null || { echo "install-code-server: ripgrep (rg) is missing: apt-get install ripgrep" >&2; exit 1; }

# @vscode/ripgrep downloads a binary from GitHub, which this machine cannot reach; it first looks for a cached
# archive, so one made from Debian's rg lets the install succeed offline.
CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
ARCHIVE="$CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$ARCHIVE" ]; then
  mkdir -p "$CACHE"
  work=$(mktemp -d)
  cp "$(command -v rg)" "$work/rg"
  tar -czf "$ARCHIVE" -C "$work" rg
  rm -rf "$work"
fi

echo "install-code-server: installing code-server@$VERSION into $PREFIX (a few minutes, once)" >&2
rm -rf "$PREFIX"
mkdir -p "$PREFIX"
# A local install in its own folder: a global one (-g/--prefix) hands npm_config_global to the npm that
# code-server's postinstall runs for VS Code's native modules, which then reinstalls code-server over itself.
# That postinstall also calls npx node-gyp (npm_config_yes avoids the prompt) and needs install scripts allowed.
(
  cd "$PREFIX"
  echo '{"name":"code-server-for-tests","private":true}' > package.json
  npm_config_yes=true npm install --unsafe-perm --dangerously-allow-all-scripts --no-audit --no-fund \
    --no-package-lock "code-server@$VERSION" >&2
)

"$BIN" --version >&2
echo "$BIN"
