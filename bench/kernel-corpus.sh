# Shared set-up for the kernel corpus scripts (sourced, not run).
# Installs Debian's linux-source-6.12 if needed, unpacks Documentation/
# once into $KDOCS_CORPUS (default: target/kernel-corpus), lists its .rst
# files (Documentation/output is a stale build that Sphinx excludes too),
# and builds the kdocs jar.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${KDOCS_CORPUS:-$root/target/kernel-corpus}"
tarball=/usr/src/linux-source-6.12.tar.xz

if [ ! -f "$tarball" ]; then
  echo "installing linux-source-6.12 ..." >&2
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq linux-source-6.12 >&2
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq linux-source-6.12 >&2
  fi
fi
if [ ! -d "$corpus/linux-source-6.12/Documentation" ]; then
  mkdir -p "$corpus"
  echo "unpacking Documentation/ into $corpus ..." >&2
  tar -xJf "$tarball" -C "$corpus" linux-source-6.12/Documentation
fi
tree="$corpus/linux-source-6.12"
files="$corpus/files.txt"
(cd "$tree" && find Documentation -name '*.rst' -not -path 'Documentation/output/*' | LC_ALL=C sort) > "$files"

(cd "$root" && ./kdocs --version >/dev/null)
jar="$root/target/kdocs.jar"
python3 -c 'import docutils, sys; sys.exit(docutils.__version__ != "0.19")' \
  || { echo "docutils 0.19 is needed for python3" >&2; exit 1; }

# Seconds since the epoch with nanoseconds, for timing whole commands.
now() { date +%s.%N; }
