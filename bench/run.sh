#!/usr/bin/env bash
# Builds the same synthetic corpus with Hubwatch and with Hugo, cold, several times each, for each size, and
# prints median wall time, CPU time (user + sys), peak memory and pages written, with Hubwatch/Hugo ratios.
#
#   bench/run.sh                      # N = 1,000, 10,000 and 30,000 (5, 5 and 3 runs)
#   SIZES="1000 10000" bench/run.sh   # other sizes;  RUNS=3 bench/run.sh  # the same number of runs for every size
#   SEED=7 bench/run.sh               # another corpus (the default seed is 1)
#   SHAPE=issue bench/run.sh          # the proportions issue 17 was measured on: N/10 agreements, N/50 sources
#                                     # (the default shape has N/4 agreements and N/10 sources)
#
# Everything goes to bench/out/ (git-ignored): the published generator, the corpora, the sites and results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/bench/out"
sizes=${SIZES:-"1000 10000 30000"}
seed=${SEED:-1}
shape=${SHAPE:-default}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

runs_for() { if [ -n "${RUNS:-}" ]; then echo "$RUNS"; elif [ "$1" -ge 30000 ]; then echo 3; else echo 5; fi; }

# Tools: Hugo and GNU time come from Debian.
missing=()
command -v hugo >/dev/null || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
command -v bc >/dev/null || missing+=(bc)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} with apt-get" >&2
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

mkdir -p "$out"
log="$out/build.log"
: > "$log"

# Hubwatch as users run it: the README's ./build.sh, which compiles the generator once for this machine
# (Native AOT where a C compiler allows, else ReadyToRun, or a plain Release build where that fails, as build.log then says)
# and then runs it directly.
publish_note="the README's ./build.sh (compiled to machine code for this machine, Native AOT, where a C compiler allows; else ReadyToRun)"
rm -rf generator/bin/run
./build.sh --help >>"$log" 2>&1
hubwatch="$root/build.sh"
dotnet build bench/corpus -c Release -o "$out/corpus-tool" >>"$log" 2>&1

# pages <site>: the .html files written, less Hugo's redirect stubs (it writes one at page/1/ of every paged list,
# and one at /ko/ for the default language; Hubwatch writes none).
pages() { echo $(( $(find "$1" -name '*.html' | wc -l) - $(find "$1" -name '*.html' -size -2k -exec grep -l 'http-equiv="refresh"' {} + | wc -l) )); }

# kinds <site>: how many pages of each kind (ids, facet keys and page numbers replaced, /en/ folded into Korean).
kinds() {
  (cd "$1" && find . -name '*.html' | sed -E -e 's#^\./##' -e 's#^en/##' \
    -e 's#/page/1/index.html$#/page/1/index.html (redirect)#' -e 's#/page/[0-9]+/index.html$#/page/N/index.html#' \
    -e 's#^funding/(hub|year|status|funder-kind)/[^/]+/#funding/\1/KEY/#' -e 's#^(partners|programs|hubs)/[^/]+/(funding|agreements)/#\1/ID/\2/#' \
    -e 's#^(funding/all|partners/by-name)/#\1:/#' -e 's#^(funding|agreements|hubs|partners|programs|sources)/[^/:A-Z]+/index.html#\1/ID/index.html#' \
    -e 's#:/#/#' | sort | uniq -c)
}

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
minmax() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s–%s", lo, hi }'; }

# time_run <tool> <n> <run> <command…>: runs the command under GNU time and appends "tool n run wall cpu rss_kb" to runs.tsv.
time_run() {
  local tool=$1 n=$2 run=$3; shift 3
  local t="$out/time.txt"
  if ! /usr/bin/time -f "%e %U %S %M" -o "$t" "$@" >>"$log" 2>&1; then
    echo "$tool failed at N=$n (see $log)" >&2
    exit 1
  fi
  read -r wall user sys rss < "$t"
  printf "%s\t%s\t%s\t%s\t%s\t%s\n" "$tool" "$n" "$run" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" "$rss" >> "$out/runs.tsv"
}

printf "tool\tn\trun\twall_s\tcpu_s\trss_kb\n" > "$out/runs.tsv"
: > "$out/sizes.tsv"
: > "$out/budget.tsv"
for n in $sizes; do
  work="$out/n$n"
  rm -rf "$work"
  dotnet "$out/corpus-tool/hubwatch-corpus.dll" --seed "$seed" --size "$n" --shape "$shape" --out "$work/hubwatch" --hugo "$work/hugo" 2>>"$log"
  cp -r bench/hugo/. "$work/hugo/"
  mkdir -p "$work/hugo/static"
  cp templates/assets/style.css "$work/hugo/static/"
  runs=$(runs_for "$n")
  echo "N=$n: $runs cold builds each" >&2
  for run in $(seq 1 "$runs"); do
    # Alternate the two tools so that noise from other work on the machine falls on both alike.
    rm -rf "$work/hubwatch/site" "$work/hubwatch/.site"*
    time_run hubwatch "$n" "$run" "$hubwatch" build --quiet --content "$work/hubwatch/content" --templates "$root/templates" --output "$work/hubwatch/site"
    rm -rf "$work/hugo-site" "$work/hugo-cache" "$work/hugo/resources"
    time_run hugo "$n" "$run" hugo --quiet --source "$work/hugo" --destination "$work/hugo-site" --cacheDir "$work/hugo-cache"
  done
  # One more Hubwatch build, untimed, for the stage timings it prints with --verbose.
  rm -rf "$work/hubwatch/site"
  "$hubwatch" build --verbose --content "$work/hubwatch/content" --templates "$root/templates" --output "$work/hubwatch/site" 2> "$out/stages-$n.txt"
  hw_pages=$(pages "$work/hubwatch/site")
  hw_files=$(find "$work/hubwatch/site" -type f | wc -l)
  hw_bytes=$(du -sb "$work/hubwatch/site" | cut -f1)
  hg_pages=$(pages "$work/hugo-site")
  hg_files=$(find "$work/hugo-site" -type f | wc -l)
  hg_bytes=$(du -sb "$work/hugo-site" | cut -f1)
  join -a1 -a2 -e 0 -1 2 -2 2 -o 0,1.1,2.1 -t $'\t' <(kinds "$work/hubwatch/site" | awk '{ c = $1; $1 = ""; sub(/^ /, ""); print c "\t" $0 }' | sort -t $'\t' -k2,2) \
    <(kinds "$work/hugo-site" | awk '{ c = $1; $1 = ""; sub(/^ /, ""); print c "\t" $0 }' | sort -t $'\t' -k2,2) \
    | awk -F'\t' 'BEGIN { print "page kind (both languages)\thubwatch\thugo" } { print }' > "$out/pages-$n.tsv"
  printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$n" "$hw_pages" "$hw_files" "$hw_bytes" "$hg_pages" "$hg_files" "$hg_bytes" >> "$out/sizes.tsv"
  # The page-weight budget of Hubwatch's site: its heaviest page, and its size as the tar that GitHub Pages receives.
  heaviest=$(find "$work/hubwatch/site" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
  tar_bytes=$(tar -cf - -C "$work/hubwatch/site" . | wc -c)
  printf "%s\t%s\t%s\t%s\n" "$n" "${heaviest%% *}" "${heaviest#* }" "$tar_bytes" >> "$out/budget.tsv"
done

# The report.
col() { awk -F'\t' -v t="$1" -v n="$2" -v c="$3" '$1 == t && $2 == n { print $c }' "$out/runs.tsv"; }
{
  echo "## Hubwatch and Hugo on the same corpus (seed $seed, shape $shape)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo); $(hugo version | cut -d' ' -f1-2); .NET $(dotnet --version); Hubwatch $publish_note."
  echo "Corpora: $(grep -h '^corpus seed' "$log" | paste -sd ';' | sed 's/;/; /g')."
  echo "Load average before the report: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| N | tool | runs | wall median (s) | wall min–max (s) | CPU median (s) | peak RSS median (MiB) | pages | files | output (MiB) | wall per record (ms) |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  while IFS=$'\t' read -r n hwp hwf hwb hgp hgf hgb; do
    for tool in hubwatch hugo; do
      if [ "$tool" = hubwatch ]; then pages=$hwp files=$hwf bytes=$hwb; else pages=$hgp files=$hgf bytes=$hgb; fi
      wall=$(col "$tool" "$n" 4 | median)
      printf "| %s | %s | %s | %s | %s | %s | %.0f | %s | %s | %.0f | %.2f |\n" "$n" "$tool" "$(col "$tool" "$n" 4 | wc -l)" "$wall" "$(col "$tool" "$n" 4 | minmax)" \
        "$(col "$tool" "$n" 5 | median)" "$(echo "$(col "$tool" "$n" 6 | median) / 1024" | bc -l)" "$pages" "$files" "$(echo "$bytes / 1048576" | bc -l)" \
        "$(echo "$wall * 1000 / $n" | bc -l)"
    done
  done < "$out/sizes.tsv"
  echo
  echo "| N | Hubwatch/Hugo wall | Hubwatch/Hugo CPU | Hubwatch/Hugo peak RSS |"
  echo "|---:|---:|---:|---:|"
  while IFS=$'\t' read -r n _; do
    ratio() { echo "$(col hubwatch "$n" "$1" | median) / $(col hugo "$n" "$1" | median)" | bc -l; }
    printf "| %s | %.2f | %.2f | %.2f |\n" "$n" "$(ratio 4)" "$(ratio 5)" "$(ratio 6)"
  done < "$out/sizes.tsv"
  first=$(head -1 "$out/sizes.tsv" | cut -f1)
  last=$(tail -1 "$out/sizes.tsv" | cut -f1)
  if [ "$first" != "$last" ]; then
    echo
    for tool in hubwatch hugo; do
      a=$(echo "$(col "$tool" "$first" 4 | median) / $first" | bc -l)
      b=$(echo "$(col "$tool" "$last" 4 | median) / $last" | bc -l)
      printf "%s: wall time per record at N=%s is %.2f× that at N=%s.\n" "$tool" "$last" "$(echo "$b / $a" | bc -l)" "$first"
    done
  fi
  echo
  echo "Page-weight budget of Hubwatch's site (at most 300 KB a page; the whole site as the Pages workflow packs it, a tar of the folder, under 500 MB and refused over 1 GB):"
  echo
  echo "| N | heaviest page | its size (KB) | site as a tar (MB) |"
  echo "|---:|---|---:|---:|"
  while IFS=$'\t' read -r n bytes page tar_bytes; do
    printf "| %s | \`%s\` | %.1f | %.1f |\n" "$n" "$page" "$(echo "$bytes / 1000" | bc -l)" "$(echo "$tar_bytes / 1000000" | bc -l)"
  done < "$out/budget.tsv"
  echo
  echo "Every run is in bench/out/runs.tsv; Hubwatch's stage timings (--verbose) in bench/out/stages-N.txt."
} | tee "$out/results.md"
