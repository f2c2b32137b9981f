# Shared by scripts/demo and scripts/test: idempotent set-up steps. Source it; don't run it.

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# apt_ensure PKG...: installs the Debian packages that are missing, nothing else.
apt_ensure() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing Debian packages: ${missing[*]}" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# venv_ensure EXTRAS: a virtualenv in .venv with the project installed (editable) and its extras,
# every dependency at the version and hash of the lock (requirements.lock, or
# requirements-test.lock for the test extras; README "Dependencies" says how to refresh them).
venv_ensure() {
  local extras="$1"
  if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then apt_ensure python3-venv; fi
  [ -x .venv/bin/python ] || python3 -m venv .venv
  local lock="requirements${extras:+-$extras}.lock"
  local stamp=".venv/.installed-${extras:-main}"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ "$lock" -nt "$stamp" ]; then
    local pip=(.venv/bin/python -m pip install -q --disable-pip-version-check)
    "${pip[@]}" --require-hashes -r "$lock"
    "${pip[@]}" --no-deps -e ".${extras:+[$extras]}"
    if ! .venv/bin/python -m pip check >/dev/null 2>&1; then
      # pyproject.toml asks for what the lock does not hold (a dependency added since): said,
      # and installed unpinned so that the tree works; refresh the lock.
      echo "warning: $lock does not satisfy pyproject.toml; refresh it (see README)" >&2
      .venv/bin/python -m pip check >&2 || true
      "${pip[@]}" -e ".${extras:+[$extras]}"
    fi
    touch "$stamp"
  fi
}
