#!/usr/bin/env bash
# Rebuilds the two example projects from the transcripts, attributes and codings in this folder:
#   examples/make-projects.sh
# care-study (English interviews) and zorg-studie (Dutch interviews); both are deleted first.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
thema="$here/../thema"

build() { # name language transcripts-folder attributes codings
    local dir="$here/$1"
    rm -rf "$dir"
    "$thema" init "$dir" --language "$2" --codebook "$here/../codebooks/care-decisions.yaml"
    "$thema" import "$dir" "$here/transcripts/$3"/*.txt
    "$thema" attributes "$dir" --csv "$here/$4"
    "$thema" code "$dir" --batch "$here/$5"
    local docs=()
    for f in "$here/transcripts/$3"/*.txt; do docs+=(--doc "$(basename "$f" .txt)"); done
    "$thema" done "$dir" --coder anna "${docs[@]}"
    "$thema" done "$dir" --coder ben "${docs[@]}"
}

build care-study en en attributes-en.csv codings-en.csv
build zorg-studie nl nl attributes-nl.csv codings-nl.csv
