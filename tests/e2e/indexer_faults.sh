#!/usr/bin/env bash
# What an unlucky sysadmin or a hostile archive does to the nightly job (issue 12): names that
# forge log lines, a --db with a trailing slash, a failed run's stats, limits that echo input.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
corpus=$here/../../corpus
src=$work/src
mkdir -p "$src"
cp "$corpus/000_3d5143969e8ee521.txt" "$src/"

# A file name carrying a newline and a fake summary cannot forge a line of the log.
forged='dateline-index: 0 indexed, 0 rejected, 0 repaired with a warning, 0 duplicate ids'
printf '{"title": "ok", "body": "fine"}\n{bad json\n' >"$src/$(printf 'evil\n%s\n\xff.jsonl' "$forged")"
"$DATELINE_INDEX" --db "$db" --progress none "$src" 2>"$work/err"
expect_eq "a bad record is exit 3" 3 $?
expect_eq "no line of the log is the forged summary" "" "$(grep -x -- "$forged" "$work/err")"
expect_contains "the name is shown escaped, with its line" \
  'evil\ndateline-index: 0 indexed' "$(cat "$work/err")"
expect_contains "the byte that is not UTF-8 is shown as \\xff" '\xff.jsonl:2: malformed JSON' \
  "$(cat "$work/err")"
expect_eq "every log line starts with the program's name" 0 \
  "$(grep -cv '^dateline-index: ' "$work/err")"

# --db PATH/ is --db PATH: the rebuild publishes, one lock beside it, no generations inside it.
expect_exit "--rebuild with a trailing slash (exit 3: the bad record)" 3 \
  "$DATELINE_INDEX" --db "$db/" --rebuild --progress none "$src"
expect_eq "generations beside the database" "yes" "$([ -d "$db.generations" ] && echo yes)"
expect_eq "nothing of the rebuild inside the database" "" \
  "$(ls -A "$db/" | grep -E '^\.(generations|publishing|lock)$')"
expect_eq "no lock file inside the database" "no" "$([ -e "$db/.lock" ] && echo yes || echo no)"

# A run that fails (here: locked) reports the documents the database holds, not 0.
held=$(doc=$(xapian-delve "$db" | sed -n 's/^number of documents = //p'); echo "$doc")
flock "$db.lock" sleep 2 &
holder=$!
sleep 0.5
"$DATELINE_INDEX" --db "$db" --progress none --stats-json "$work/stats.json" "$src" 2>/dev/null
expect_eq "a held lock is exit 75" 75 $?
wait $holder
expect_eq "the failed run's stats give the live count" "$held" "$(jq .documents "$work/stats.json")"
expect_match "and say why it failed" "another dateline-index" "$(jq -r .error "$work/stats.json")"

# Option errors name the allowed range in a line, never DBL_MAX's 309 digits.
for bad in 0 1e400 99999999999999999999999999999999; do
  expect_exit "--batch $bad is a usage error" 2 "$DATELINE_INDEX" --db "$db" --batch "$bad" "$src"
  expect_contains "--batch $bad names the range" "not a number from 1 to 1000000" "$last_err"
  expect_eq "--batch $bad error is short" "yes" "$([ ${#last_err} -lt 200 ] && echo yes)"
done
expect_exit "--date in year 9999 is a usage error" 2 \
  "$DATELINE_INDEX" --db "$db" --date 9999-12-31 "$src"
expect_contains "and says why" "the year is outside 1000-2999" "$last_err"

# Neither --db, DATELINE_DB nor HOME (a bare cron job): no database under the working folder.
(cd "$work" && env -i "$DATELINE_INDEX" --progress none "$src" >/dev/null 2>"$work/err")
expect_eq "no database given is a usage error" 2 $?
expect_contains "and says what to give" "give --db PATH or set DATELINE_DB" "$(cat "$work/err")"
expect_eq "nothing written under the working folder" "no" \
  "$([ -e "$work/.local" ] && echo yes || echo no)"

# A 50 MB article is rejected at once, with its file and line, without costing the run.
big="$src/big.txt"
{ echo "A headline"; echo; head -c 52428800 /dev/zero | tr '\0' 'w'; } >"$big"
/usr/bin/time -f '%M' -o "$work/rss" "$DATELINE_INDEX" --db "$db" --progress none "$src" \
  2>"$work/err"
expect_eq "an oversized article is exit 3" 3 $?
expect_contains "it is named with its line and the limit" \
  "big.txt:1: article of 52428812 bytes is over the limit of 4194304 (rejected)" "$(cat "$work/err")"
rss_mb=$(($(tail -1 "$work/rss") / 1024))
expect_eq "peak memory stays under 250 MB (was 1.2 GB): ${rss_mb} MB" "yes" \
  "$([ "$rss_mb" -lt 250 ] && echo yes)"

finish
