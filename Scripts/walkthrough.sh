#!/usr/bin/env bash
# Drives the README's commands in a real terminal (tmux, 100x32) and saves what a person sees,
# one screen capture per step, so a reviewer can read the screens without running anything.
#
#   bash Scripts/walkthrough.sh [OUTPUT_DIR]     (default: .build/walkthrough)
#
# KB_BIN picks the binary (default: a debug build of this checkout). Each step runs in a fresh
# shell prompt; the capture is taken when the command has finished (or after 120 s). The pager is
# left on, as a person has it: a step whose output fills the screen is captured inside less, then
# quit with q.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/.build/walkthrough}
command -v tmux >/dev/null || { echo "walkthrough: tmux is missing (apt-get install tmux)" >&2; exit 2; }
if [[ -z "${KB_BIN:-}" ]]; then
  (cd "$root" && swift build --product kb >/dev/null)
  KB_BIN="$root/.build/debug/kb"
fi
mkdir -p "$out"
rm -f "$out"/*.txt

work=$(mktemp -d)
session="kb-walkthrough-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

# A project folder like a fresh clone (the corpus, nothing indexed) and an empty folder.
mkdir -p "$work/clone/Corpus" "$work/elsewhere" "$work/bin"
cp "$root/Corpus/"* "$work/clone/Corpus/"
ln -s "$KB_BIN" "$work/bin/kb"

tmux new-session -d -s "$session" -x 100 -y 32 \
  "env -i HOME=$work TERM=xterm-256color LANG=C.UTF-8 PATH=$work/bin:/usr/bin:/bin PS1='$ ' bash --norc --noprofile"
sleep 0.5

step=0
# run NAME DIRECTORY COMMAND: clear, run, wait for the prompt (or the pager), capture; a pager is
# then quit with q.
run() {
  local name=$1 dir=$2 command=$3
  step=$((step + 1))
  tmux send-keys -t "$session" "clear; cd $dir" Enter
  sleep 0.3
  tmux send-keys -t "$session" "$command" Enter
  local waited=0
  # Finished when the last non-empty line is a bare prompt again (or the pager shows its end).
  while (( waited < 1200 )); do
    sleep 0.1
    waited=$((waited + 1))
    local last
    last=$(tmux capture-pane -p -t "$session" | sed '/^$/d' | tail -1)
    [[ "$last" == '$' || "$last" == '$ ' || "$last" == ':' || "$last" == '(END)' ]] && break
  done
  local file
  file=$(printf '%s/%02d-%s.txt' "$out" "$step" "$name")
  { echo "\$ cd $dir"; tmux capture-pane -p -t "$session"; } > "$file"
  local last
  last=$(tmux capture-pane -p -t "$session" | sed '/^$/d' | tail -1)
  if [[ "$last" == ':' || "$last" == '(END)' ]]; then
    tmux send-keys -t "$session" q
    sleep 0.3
  fi
  echo "walkthrough: $file"
}

run outside-a-clone "$work/elsewhere" 'kb search "SnapStart runtimes"; echo "exit status $?"; ls -A'
run first-search "$work/clone" 'kb search "SnapStart runtimes"'
run typo "$work/clone" 'kb search "snapstrat java"'
run ingest "$work/clone" 'kb ingest'
run stats "$work/clone" 'kb stats'
run claims "$work/clone" 'kb claims --subject "Fermyon Spin" --metric "cold start"'
run check "$work/clone" 'kb check'
run check-limit "$work/clone" 'kb check --limit 2 --no-pager'
run export "$work/clone" 'kb export --format html --output sheet/ && ls sheet'
run mistyped "$work/clone" 'kb serch lambda; kb claims --unit bananas'
echo "walkthrough: $step screens in $out"
