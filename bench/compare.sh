#!/usr/bin/env bash
# Compares two commits of Hubwatch on the same synthetic corpus, in one run: cold builds (wall time, CPU, peak
# memory), alternating the two so that other load on the machine falls on both alike, then bench/serve's one-file
# rebuilds for each. Each commit is built from its own temporary checkout; bench/serve is this checkout's for both.
#
#   bench/compare.sh OLD [NEW]        # NEW defaults to HEAD;  N=10000 RUNS=3 SEED=1 by default
#
# Everything goes to $COMPARE_DIR (default: /tmp/hubwatch-compare), outside any git repository: the history that
# build and serve read from git would otherwise walk this repository and its ignored bench output, the same cost for
# both commits that hides the difference being measured. The report is $COMPARE_DIR/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
old=$(git rev-parse --short "$1")
new=$(git rev-parse --short "${2:-HEAD}")
n=${N:-10000}
runs=${RUNS:-3}
seed=${SEED:-1}
out=${COMPARE_DIR:-${TMPDIR:-/tmp}/hubwatch-compare}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rm -rf "$out"
mkdir -p "$out"
log="$out/build.log"

for commit in "$old" "$new"; do
  git archive "$commit" | (mkdir -p "$out/$commit/src" && tar -x -C "$out/$commit/src")
  dotnet publish "$out/$commit/src/generator" -c Release -o "$out/$commit/hubwatch" >>"$log" 2>&1
  # The same serve benchmark for both, this checkout's, built against each commit's generator.
  rm -rf "$out/$commit/src/bench/serve" && cp -r "$root/bench/serve" "$out/$commit/src/bench/serve" && rm -rf "$out/$commit/src/bench/serve/bin" "$out/$commit/src/bench/serve/obj"
  dotnet build "$out/$commit/src/bench/serve" -c Release -o "$out/$commit/src/bench/out/serve" >>"$log" 2>&1
done

# The corpus, from the newer commit's generator of corpora.
dotnet build "$out/$new/src/bench/corpus" -c Release -o "$out/corpus-tool" >>"$log" 2>&1
dotnet "$out/corpus-tool/hubwatch-corpus.dll" --seed "$seed" --size "$n" --out "$out/corpus" 2>>"$log"

printf "commit\trun\twall_s\tcpu_s\trss_kb\n" > "$out/runs.tsv"
for run in $(seq 1 "$runs"); do
  for commit in "$old" "$new"; do
    rm -rf "$out/site-$commit"
    /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$out/$commit/hubwatch/hubwatch" build --quiet \
      --content "$out/corpus/content" --templates "$out/$commit/src/templates" --output "$out/site-$commit" >>"$log" 2>&1
    read -r wall user sys rss < "$out/time.txt"
    printf "%s\t%s\t%s\t%.2f\t%s\n" "$commit" "$run" "$wall" "$(echo "$user + $sys" | bc -l)" "$rss" >> "$out/runs.tsv"
  done
done

# The two sites must be the same, byte for byte (an old site has no .hubwatch-site marker if it predates it).
same=$(diff -r -q -x .hubwatch-site "$out/site-$old" "$out/site-$new" >/dev/null && echo "identical" || echo "DIFFERENT")

for commit in "$old" "$new"; do
  (cd "$out/$commit/src" && BENCH_ROUNDS=${ROUNDS:-9} dotnet "$out/$commit/src/bench/out/serve/ServeBench.dll" "$out/corpus" > "$out/serve-$commit.txt" 2>>"$log")
done

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
col() { awk -F'\t' -v c="$1" -v k="$2" '$1 == c { print $k }' "$out/runs.tsv"; }
rebuild() { grep -o "$2: rebuild median [0-9]* ms" "$out/serve-$1.txt" | grep -o "[0-9]* ms" | head -1; }
{
  echo "## $old → $new on the N = $n corpus (seed $seed)"
  echo
  echo "Machine: $(nproc) cores; load average at the end $(cut -d' ' -f1-3 /proc/loadavg). $runs cold builds of each, alternating; published Release builds."
  echo "The two sites are $same (compared file by file)."
  echo
  echo "| | $old | $new | $new / $old |"
  echo "|---|---:|---:|---:|"
  for k in 3:"cold build, wall median (s)" 4:"cold build, CPU median (s)" 5:"peak RSS median (MiB)"; do
    c=${k%%:*}; label=${k#*:}
    a=$(col "$old" "$c" | median); b=$(col "$new" "$c" | median)
    if [ "$c" = 5 ]; then a=$(echo "$a / 1024" | bc -l); b=$(echo "$b / 1024" | bc -l); fi
    printf "| %s | %.2f | %.2f | %.2f |\n" "$label" "$a" "$b" "$(echo "$b / $a" | bc -l)"
  done
  for f in partners hubs funding; do
    a=$(grep -o "content/$f/[^:]*: rebuild median [0-9]* ms" "$out/serve-$old.txt" | grep -o "[0-9]* ms$" | grep -o "[0-9]*")
    b=$(grep -o "content/$f/[^:]*: rebuild median [0-9]* ms" "$out/serve-$new.txt" | grep -o "[0-9]* ms$" | grep -o "[0-9]*")
    printf "| serve: one-file rebuild after a save in content/%s/, median (ms) | %s | %s | %.2f |\n" "$f" "$a" "$b" "$(echo "$b / $a" | bc -l)"
  done
  echo
  echo "bench/serve's full output for each:"
  echo
  for commit in "$old" "$new"; do
    echo '```text'
    echo "$commit"
    cat "$out/serve-$commit.txt"
    echo '```'
  done
} > "$out/results.md"
cat "$out/results.md"
