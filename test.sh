#!/usr/bin/env bash
# Prepares what the tests need and runs every test project:
#   - Debian packages: PostgreSQL, Chromium, Noto fonts, poppler-utils (installed when run as root);
#   - a throwaway PostgreSQL cluster on a free loopback port, removed again at the end;
#   - the NL Design System stylesheets from npm (package-lock.json), via the web project's build.
# Usage: ./test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Studies]
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '\n== %s\n' "$*"; }
die() { printf '\nFOUT: %s\n' "$*" >&2; exit 1; }

# --- 1. Debian packages -----------------------------------------------------------------
need_pkgs=()
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || need_pkgs+=(postgresql)
[ -x /usr/bin/chromium ] || need_pkgs+=(chromium)
[ -d /usr/share/fonts/truetype/noto ] || need_pkgs+=(fonts-noto-core)
command -v pdfinfo >/dev/null 2>&1 || need_pkgs+=(poppler-utils)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    say "Debian-pakketten installeren: ${need_pkgs[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
  else
    die "Deze pakketten ontbreken: ${need_pkgs[*]}. Installeer ze met: sudo apt-get install ${need_pkgs[*]} (of draai dit script als root)."
  fi
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
command -v dotnet >/dev/null 2>&1 || die "De .NET 10 SDK ontbreekt (dotnet staat niet op PATH)."
command -v npm >/dev/null 2>&1 || die "Node.js/npm ontbreekt; nodig voor de NL Design System-stylesheets."

# --- 2. Throwaway PostgreSQL cluster ------------------------------------------------------
pg_dir=$(mktemp -d /tmp/inbeeld-pg.XXXXXX)
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 55432)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root; the Debian package creates the postgres user.
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$pg_dir"
  as_pg=(runuser -u postgres --)
fi
cleanup() {
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT

say "PostgreSQL-testcluster starten op 127.0.0.1:$pg_port"
pg_password="inbeeld-test-$RANDOM$RANDOM"
printf '%s\n' "$pg_password" > "$pg_dir/pw"
[ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir/pw"
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U inbeeld --pwfile="$pg_dir/pw" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
  || { cat "$pg_dir/log" >&2; die "PostgreSQL start niet."; }
export INBEELD_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=inbeeld;Password=$pg_password;Database=postgres;Pooling=true"
export INBEELD_TEST_CHROMIUM=/usr/bin/chromium

# --- 3. Build and run every test project --------------------------------------------------
say "Bouwen"
dotnet build InBeeld.slnx -c Release -nologo -v quiet

say "Tests draaien"
status=0
passed=0
failed=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  say "$name"
  log="$pg_dir/$name.log"
  set +e
  dotnet test "$project" -c Release --no-build -nologo --logger "console;verbosity=normal" --results-directory "TestResults/$name" "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  [ "$rc" -eq 0 ] || status=1
  # The runner's own summary ("Passed: N", "Failed: N"). A project that failed without one counts as one failure.
  p=$(sed -nE 's/^[[:space:]]+Passed:[[:space:]]+([0-9]+)$/\1/p' "$log" | tail -n 1)
  f=$(sed -nE 's/^[[:space:]]+Failed:[[:space:]]+([0-9]+)$/\1/p' "$log" | tail -n 1)
  p=${p:-0}
  f=${f:-0}
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p))
  failed=$((failed + f))
done

[ $status -eq 0 ] && say "Alle tests geslaagd." || say "Er zijn tests mislukt."
echo "Tests: $passed passed, $failed failed"
exit $status
