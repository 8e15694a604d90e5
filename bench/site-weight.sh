#!/usr/bin/env bash
# What a built site weighs, by kind of page, as the tar the Pages workflow packs, and that tar compressed as it is uploaded.
#
#   bench/site-weight.sh SITE        # e.g. bench/out/n30000/hubwatch/site
#
# A kind is the page's path with the language folder dropped, ids replaced by <id> and page numbers by <n>:
# funding/<id> is every figure page in both languages, funding/hub/<id>/page/<n> every later page of a hub facet.
# Last, what it would weigh as a tar without the facets' CSVs, the English record pages, or the open data and search.
set -euo pipefail
site=${1:?usage: bench/site-weight.sh SITE}
cd "$site"

find . -type f -printf '%s %P\n' | awk '
  {
    n = split($2, part, "/")
    start = (part[1] == "en") ? 2 : 1
    kind = ""
    for (i = start; i <= n; i++) {
      p = part[i]
      if (i == n) {
        if (p ~ /^[0-9]+\.(json|xml|csv)$/) p = "<n>." substr(p, index(p, ".") + 1)
        else if (part[start] == "data" && n - start >= 3) p = "<id>.csv"
        if (p != "index.html") kind = kind "/" p
        break
      }
      if (part[i - 1] == "page" || p ~ /^[0-9]+$/) p = "<n>"
      else if (i > start && part[start] != "data" && part[start] != "search" && p !~ /^(page|all|hub|funder-kind|status|year|by-name|agreements|funding)$/) p = "<id>"
      kind = kind "/" p
    }
    sub(/^\//, "", kind)
    if (kind == "") kind = "(home)"
    bytes[kind] += $1; files[kind]++; total += $1; count++
  }
  END {
    printf "%-36s %8s %10s %10s\n", "kind", "files", "MB", "average KB"
    for (k in bytes) printf "%-36s %8d %10.1f %10.1f\n", k, files[k], bytes[k] / 1e6, bytes[k] / files[k] / 1e3 | "sort -k3 -rn"
    close("sort -k3 -rn")
    printf "%-36s %8d %10.1f\n", "all files", count, total / 1e6
  }'
printf "%-36s %8s %10.1f\n" "as a tar (as the Pages workflow packs it)" "" "$(tar -cf - . | wc -c | awk '{ print $1 / 1e6 }')"
printf "%-36s %8s %10.1f\n" "du -sb (directories included)" "" "$(du -sb . | awk '{ print $1 / 1e6 }')"
# actions/upload-pages-artifact hands the tar to actions/upload-artifact, which zips it at its default level, 6: gzip
# at the same level gives about the size of that upload, the one deploy-pages compares with 1 GB. (About a minute at
# 30,000 figures.)
printf "%-36s %8s %10.1f\n" "the tar compressed (gzip -6)" "" "$(tar -cf - . | gzip -6 | wc -c | awk '{ print $1 / 1e6 }')"

# What the site would weigh as a tar without some of its parts: each file as GNU tar stores it (a 512-byte header and
# its bytes rounded up to 512), each folder a 512-byte header. An English record page is en/<kind>/<id>/index.html.
echo
echo "as a tar, without some parts (MB):"
folders=$(find . -type d | wc -l)
find . -type f -printf '%s %P\n' | awk -v folders="$folders" '
  function entry(size) { return 512 + int((size + 511) / 512) * 512 }
  {
    p = $2; n = split(p, part, "/")
    english_record = part[1] == "en" && n == 4 && part[4] == "index.html" &&
      part[2] ~ /^(funding|agreements|partners|sources|programs|hubs)$/ &&
      part[3] !~ /^(all|hub|status|funder-kind|year|page|by-name)$/
    # The open data (data/, but not its page) and the search index of both languages (search/ and en/search/).
    data = (part[1] == "data" && part[n] != "index.html") || p ~ /^(en\/)?search\/.*\.json$/
    facet_csv = p ~ /^data\/funding\//
    e = entry($1)
    all += e
    if (!facet_csv) no_facets += e
    if (!english_record) no_english += e
    if (!data) no_data += e
    if (!english_record && !data) neither += e
  }
  END {
    base = folders * 512
    printf "  %-60s %8.1f\n", "as built", (all + base) / 1e6
    printf "  %-60s %8.1f\n", "without the facets'"'"' CSVs", (no_facets + base) / 1e6
    printf "  %-60s %8.1f\n", "without English record pages", (no_english + base) / 1e6
    printf "  %-60s %8.1f\n", "without open data and search", (no_data + base) / 1e6
    printf "  %-60s %8.1f\n", "without English record pages, open data and search", (neither + base) / 1e6
  }'
