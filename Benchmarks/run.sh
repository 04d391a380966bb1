#!/usr/bin/env bash
# Benchmarks duidelijk against its targets and against peers, on inputs made
# by repeating the texts of corpora/. Kept out of `swift test`.
#
# Usage: Benchmarks/run.sh [sizes in MB, default "1 10 100"]
# Needs: hyperfine (Debian), and for the peers ucto (Debian) and textstat (PyPI).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${*:-1 10 100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product duidelijk >/dev/null
bin=$(swift build -c release --show-bin-path)/duidelijk

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "duidelijk: $("$bin" --version)"

# Inputs: the corpora texts repeated until each size is reached.
cat corpora/*.txt > "$work/seed.txt"
for size in $sizes; do
  : > "$work/$size.txt"
  while [ "$(stat -c %s "$work/$size.txt")" -lt $((size * 1000000)) ]; do cat "$work/seed.txt" >> "$work/$size.txt"; done
done

mbps() { python3 -c "import sys; print(f'{$1 / 1e6 / $2:.1f}')"; }
seconds() { # mean wall seconds of a command, from hyperfine's JSON
  hyperfine --style none --runs "${RUNS:-3}" --warmup 1 --export-json "$work/h.json" -i "$1" >/dev/null
  python3 -c "import json; print(json.load(open('$work/h.json'))['results'][0]['mean'])"
}

echo
echo "throughput on one core (MB/s; targets: check >= 10, analyze >= 25)"
printf '%-8s %-28s %8s %8s\n' size command seconds MB/s
for size in $sizes; do
  bytes=$(stat -c %s "$work/$size.txt")
  for command in "analyze" "analyze --format jsonl" "check --format jsonl" "score" "fix"; do
    s=$(seconds "taskset -c 0 $bin $command $work/$size.txt > /dev/null")
    printf '%-8s %-28s %8.3f %8s\n' "${size}MB" "$command" "$s" "$(mbps "$bytes" "$s")"
  done
done

echo
echo "start-up (target < 50 ms): duidelijk check on a one-line file"
echo "Dit is een zin." > "$work/one-line.txt"
hyperfine --style basic --runs 30 --warmup 3 -i "$bin check $work/one-line.txt" 2>/dev/null | grep -E 'Time' || true

echo
echo "peak memory (target < 100 MB) on the largest input via stdin"
largest=$(echo "$sizes" | tr ' ' '\n' | sort -n | tail -1)
for command in "check --format jsonl" "analyze"; do
  /usr/bin/time -f "%M" -o "$work/rss" "$bin" $command < "$work/$largest.txt" > /dev/null || true
  echo "  $command: $(( $(cat "$work/rss") / 1024 )) MB"
done

echo
echo "directory of 200 files: all cores against one"
mkdir -p "$work/dir"
split -n l/200 -d -a 3 "$work/1.txt" "$work/dir/part" && for f in "$work"/dir/part*; do mv "$f" "$f.txt"; done
one=$(seconds "$bin check --format jsonl --jobs 1 $work/dir > /dev/null")
all=$(seconds "$bin check --format jsonl $work/dir > /dev/null")
echo "  --jobs 1: ${one}s, all cores: ${all}s, speed-up $(python3 -c "print(f'{$one / $all:.2f}')")"

echo
echo "peers on the same ${sizes%% *} MB input"
first=${sizes%% *}
bytes=$(stat -c %s "$work/$first.txt")
ours=$(seconds "taskset -c 0 $bin analyze $work/$first.txt > /dev/null")
if command -v ucto >/dev/null; then
  theirs=$(seconds "taskset -c 0 ucto -L nld -n $work/$first.txt $work/ucto.out")
  echo "  tokenizing: duidelijk analyze $(mbps "$bytes" "$ours") MB/s, ucto -L nld $(mbps "$bytes" "$theirs") MB/s, ratio $(python3 -c "print(f'{$theirs / $ours:.1f}')")x"
else
  echo "  ucto not installed (apt-get install ucto)"
fi
ours=$(seconds "taskset -c 0 $bin score --format json $work/$first.txt > /dev/null")
if python3 -c "import textstat" 2>/dev/null; then
  theirs=$(seconds "taskset -c 0 python3 -c \"import textstat,sys; textstat.set_lang('nl'); print(textstat.flesch_reading_ease(open(sys.argv[1]).read()))\" $work/$first.txt")
  echo "  readability: duidelijk score $(mbps "$bytes" "$ours") MB/s, textstat (nl) $(mbps "$bytes" "$theirs") MB/s, ratio $(python3 -c "print(f'{$theirs / $ours:.1f}')")x"
else
  echo "  textstat not installed (pip install textstat)"
fi
