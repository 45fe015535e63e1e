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
    # the workbench opens as anna, so a first look shows her coding (and changes no file)
    echo 'last_coder: anna' >> "$dir/thema.yaml"
}

build care-study en en attributes-en.csv codings-en.csv
# the write-up material of the English study: themes, memos, key quotes, a citation template
cp "$here/themes-en.yaml" "$here/care-study/themes.yaml"
sed -i 's/^citation: .*//' "$here/care-study/thema.yaml"
echo 'citation: "({schooltype} school, {doc}, turn {turn})"' >> "$here/care-study/thema.yaml"
"$thema" memo "$here/care-study" --coder anna --code two-way --text "Two-way shows up where the teacher made time for a second conversation or a follow-up call."
"$thema" memo "$here/care-study" --coder anna --journal --text "After t04 I noticed I code letters as one-way by reflex; I went back over t01 with that in mind."
"$thema" key "$here/care-study" --coder anna --doc t02 --turn 8 --code two-way
"$thema" key "$here/care-study" --coder anna --doc t05 --turn 8 --code two-way
"$thema" key "$here/care-study" --coder anna --doc t01 --turn 6 --code one-way
"$thema" key "$here/care-study" --coder anna --doc t04 --turn 12 --code care-route
build zorg-studie nl nl attributes-nl.csv codings-nl.csv

# focusgroep: one Dutch focus group (a moderator and six care staff) beside two of the teacher
# interviews, with participants.yaml naming the six and their roles (see Counting codes in README)
dir="$here/focusgroep"
rm -rf "$dir"
"$thema" init "$dir" --language nl --codebook "$here/../codebooks/care-decisions.yaml"
"$thema" import "$dir" "$here/transcripts/focusgroep/fg01.txt" "$here/transcripts/nl/l01.txt" "$here/transcripts/nl/l02.txt"
"$thema" attributes "$dir" --csv "$here/attributes-focusgroep.csv"
"$thema" participants "$dir" --csv "$here/participants-focusgroep.csv"
{ cat "$here/codings-focusgroep.csv"; grep -E '^[a-z]+,[^,]+,l0[12],' "$here/codings-nl.csv"; } > "$dir/.codings.csv"
"$thema" code "$dir" --batch "$dir/.codings.csv"
rm "$dir/.codings.csv"
"$thema" done "$dir" --coder anna --doc fg01 --doc l01 --doc l02
"$thema" done "$dir" --coder ben --doc fg01 --doc l01 --doc l02
