#!/usr/bin/env bash
# What an editor waits for in `hubwatch serve`: from saving a file to the served page showing the change, measured
# from outside as a browser would see it. The script starts `hubwatch serve` on a generated corpus, then, for each
# round, writes one English sentence into a file and polls the page until the new text is there (the watcher's
# quiet time, the rebuild and the page's rendering all count). Each page is opened once before its first edit, as
# the editor's browser would have it open. Three edits, each on its own page:
#   a funding figure's English purpose  → its record page  /en/funding/<id>/
#   a hub's English summary             → the hub's page   /en/hubs/<id>/
#   a partner's English summary         → its page         /en/partners/<id>/
#
#   bench/serve/latency.sh                 # N=10000 ROUNDS=5 SEED=1; everything in $WORK (default /tmp/hubwatch-latency)
#
# Needs curl. The corpus lies outside any git repository, so no history is read.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
n=${N:-10000}
rounds=${ROUNDS:-5}
seed=${SEED:-1}
port=${PORT:-4327}
work=${WORK:-${TMPDIR:-/tmp}/hubwatch-latency}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$work"
mkdir -p "$work"
# serve as editors start it: ./build.sh serve (the generator compiled ahead of time for this machine, once).
./build.sh --help >"$work/build.log" 2>&1
dotnet build bench/corpus -c Release -o "$work/corpus-tool" >>"$work/build.log" 2>&1
dotnet "$work/corpus-tool/hubwatch-corpus.dll" --seed "$seed" --size "$n" --out "$work/corpus" 2>>"$work/build.log"

./build.sh serve --content "$work/corpus/content" --templates "$root/templates" --port "$port" --verbose >"$work/serve.log" 2>&1 &
serve=$!
trap 'kill $serve 2>/dev/null || true' EXIT
started=$(date +%s%N)
until grep -q "^Ready in" "$work/serve.log"; do
  kill -0 "$serve" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
  sleep 0.5
done
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Puts "Edited <mark> " at the start of the English text of <field> (the line "  en: …" after "<field>:"), and prints
# the time of the save in milliseconds: the clock starts when the file is written, not when Python starts (through a
# version manager's shim, starting Python took 190–340 ms on the build machine, longer than a rebuild).
edit() {
  local file=$1 field=$2 mark=$3
  python3 - "$file" "$field" "$mark" <<'EOF'
import re, sys, time
path, field, mark = sys.argv[1:]
text = open(path, encoding="utf-8").read()
start = text.index(field + ":")
en = text.index("  en: ", start) + len("  en: ")
quote = text[en] if text[en] in "'\"" else ""
body = en + len(quote)
rest = re.sub(r"^(Edited [a-z]+ )+", "", text[body:])
saved = time.time_ns() // 1000000
open(path, "w", encoding="utf-8").write(text[:body] + f"Edited {mark} " + rest)
print(saved)
EOF
}

# Milliseconds from the save to the page at <url> containing <text>.
wait_for() {
  local url=$1 text=$2 from=$3
  for _ in $(seq 1 6000); do
    # Read the whole page first: grep -q leaving early would fail the pipe under pipefail.
    if [[ $(curl -s "$url") == *"$text"* ]]; then
      echo $(( $(now_ms) - from ))
      return
    fi
    sleep 0.01
  done
  echo "timeout"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# The first file of each folder (a glob, not ls | head, which fails under pipefail).
first() { local files=("$work/corpus/content/$1"/*.yaml); basename "${files[0]}" .yaml; }
funding=$(first funding)
hub=$(first hubs)
partner=$(first partners)
marks=(a b c d e f g h i j k l m n o p q r s t)

# An editor has the page open before saving: each page is requested once first, as the browser did, so that the first
# save's time does not include the first rendering of a page since the server started.
for path in "funding/$funding" "hubs/$hub" "partners/$partner"; do
  curl -s -o /dev/null "http://127.0.0.1:$port/en/$path/"
done

{
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "corpus: N = $n (seed $seed); serve ready after ${ready_ms} ms ($(grep '^Ready in' "$work/serve.log"))"
  for kind in "funding/$funding:purpose" "hubs/$hub:summary" "partners/$partner:summary"; do
    path=${kind%%:*}; field=${kind#*:}
    times=()
    for round in $(seq 0 $((rounds - 1))); do
      mark=${marks[$((round % ${#marks[@]}))]}
      sleep 1
      from=$(edit "$work/corpus/content/$path.yaml" "$field" "$mark")
      times+=("$(wait_for "http://127.0.0.1:$port/en/$path/" "Edited $mark " "$from")")
    done
    echo "save → /en/$path/ shows it: median $(printf '%s\n' "${times[@]}" | median) ms (each: ${times[*]})"
  done
  echo "the last rebuilds' stages (serve --verbose):"
  grep -E "^  (load|templates|validate|history|model|plan) " "$work/serve.log" | tail -6
} | tee "$work/results.txt"
