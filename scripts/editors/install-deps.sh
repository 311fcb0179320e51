#!/bin/bash
# install-deps.sh installs what the editor end-to-end tests need, idempotently:
#   - Debian packages: Chromium (driven headless), emacs-nox + elpa-eglot, neovim,
#     and the build dependencies of code-server's native modules;
#   - code-server 4.100.3 (VS Code 1.100.3, the last release running on Node 20)
#     from npm into .cache/code-server/ inside the checkout;
#   - the VS Code extension's and the e2e driver's npm dependencies (npm ci).
# npm's download cache is .cache/npm inside the checkout too, so nothing this
# script fetches lands outside the checkout (apt aside). No host other than
# the npm registry and Debian's mirrors is contacted: code-server's post-install
# steps that would download binaries are skipped or replaced by Debian's.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=$ROOT/.cache
CS_VERSION=4.100.3
CS_DIR=$CACHE/code-server
export npm_config_cache=$CACHE/npm
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

step() { printf '== %s (%ss)\n' "$*" "$SECONDS"; }

APT_PACKAGES=(chromium emacs-nox elpa-eglot neovim ripgrep curl
  build-essential python3 pkg-config libkrb5-dev libsecret-1-dev libxkbfile-dev)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  step "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  step "apt packages present"
fi

# code-server: installed without its install scripts, then the native modules
# are rebuilt against Node's own headers (/usr/include/node) so that node-gyp
# downloads nothing.
if [ -x "$CS_DIR/node_modules/.bin/code-server" ] && [ -f "$CS_DIR/.complete-$CS_VERSION" ]; then
  step "code-server $CS_VERSION present"
else
  step "code-server $CS_VERSION"
  export npm_config_nodedir=/usr        # node headers from /usr/include/node
  export npm_config_unsafe_perm=true    # code-server's postinstall refuses root without it
  export npm_config_yes=true            # node-pty's rebuild runs `npx node-gyp` (from npm)
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR"
  cd "$CS_DIR"
  printf '{"name":"code-server-host","private":true}\n' > package.json
  npm install --no-save --ignore-scripts --loglevel=error "code-server@$CS_VERSION"
  npm rebuild argon2 --loglevel=error >/dev/null
  cd node_modules/code-server/lib/vscode
  npm install --omit=dev --ignore-scripts --loglevel=error
  # @vscode/ripgrep's postinstall downloads rg from GitHub and is skipped when
  # bin/ exists: use Debian's rg.
  mkdir -p node_modules/@vscode/ripgrep/bin && cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
  npm rebuild --loglevel=error >/dev/null
  ln -sfn node_modules node_modules.asar
  (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
  (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
  (cd extensions && npm install --omit=dev --loglevel=error)
  XDG_CONFIG_HOME="$CS_DIR/xdg" "$CS_DIR/node_modules/.bin/code-server" --version
  touch "$CS_DIR/.complete-$CS_VERSION"
fi

# npm ci, unless node_modules already matches package-lock.json.
npm_ci() {
  local dir=$1
  if [ -f "$dir/node_modules/.package-lock.json" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
    step "npm deps of ${dir#$ROOT/} present"
  else
    step "npm ci in ${dir#$ROOT/}"
    (cd "$dir" && npm ci --loglevel=error)
  fi
}
npm_ci "$ROOT/editors/vscode"
npm_ci "$ROOT/scripts/editors/vscode"
step "done"
