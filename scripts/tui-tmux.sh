#!/usr/bin/env bash
# Runs the workbench in a real terminal (tmux), types a few keys and prints the screen, for a
# check by eye:  scripts/tui-tmux.sh [PROJECT] [COLUMNS] [ROWS]
# It works on a copy of the project, so nothing is changed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="${1:-$here/examples/care-study}"
cols="${2:-80}"
rows="${3:-24}"
command -v tmux >/dev/null || { echo "tui-tmux.sh: tmux is not installed (apt-get install tmux)" >&2; exit 1; }
"$here/thema" --version >/dev/null   # builds the jar first if needed
copy="$(mktemp -d)/project"
cp -r "$project" "$copy"
session="thema-check-$$"
tmux new-session -d -s "$session" -x "$cols" -y "$rows" "$here/thema tui '$copy' --coder checker"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$(dirname "$copy")"' EXIT
shot() { sleep "${1:-0.6}"; echo "----- $2"; tmux capture-pane -p -t "$session"; }
shot 2.5 "documents"
tmux send-keys -t "$session" Enter; shot 0.8 "transcript"
tmux send-keys -t "$session" Down Down 1; shot 0.8 "turn 3 coded with pinned code 1"
tmux send-keys -t "$session" Down '{' ')' v ')'; shot 0.5 "turn 4's second sentence selected (caret to the turn's start, a sentence on, anchor, a sentence on)"
tmux send-keys -t "$session" 2; shot 0.5 "coded with pinned code 2: two stripes, named"
tmux send-keys -t "$session" Enter Down; shot 0.5 "the codings here, the second picked"
tmux send-keys -t "$session" Escape Tab; shot 0.5 "the codebook"
tmux send-keys -t "$session" Tab
tmux send-keys -t "$session" '?'; shot 0.5 "help"
tmux send-keys -t "$session" Escape q q; sleep 0.8
tmux has-session -t "$session" 2>/dev/null && echo "----- still running (expected to have quit)" || echo "----- quit cleanly"
