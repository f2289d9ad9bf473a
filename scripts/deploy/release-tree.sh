#!/usr/bin/env bash
# Lays out, in the current git checkout, the tree the deploy workflow builds, and prints what it
# holds as "code=…" and "knowledge=…" lines (for $GITHUB_OUTPUT).
#
#   release-tree.sh tag <tag>            a release, or a roll-back: the tag exactly as it is
#   release-tree.sh knowledge <commit>   a knowledge change merged into main: the code of the newest
#                                        release tag (v…) that <commit> contains, with <commit>'s
#                                        knowledge/ — curators never ship code nobody released
#
# Run it from a copy outside the checkout: it checks out another commit, this file included.
set -euo pipefail

usage() {
  echo "usage: release-tree.sh tag <tag> | knowledge <commit>" >&2
  exit 2
}

[ $# -eq 2 ] || usage
mode=$1
ref=$2

case "$mode" in
  tag)
    if ! knowledge=$(git rev-parse -q --verify "refs/tags/$ref^{commit}"); then
      echo "release-tree: there is no tag '$ref' (git tag --list 'v*' shows the releases)" >&2
      exit 1
    fi
    code=$ref
    ;;
  knowledge)
    if ! knowledge=$(git rev-parse -q --verify "$ref^{commit}"); then
      echo "release-tree: '$ref' is not a commit" >&2
      exit 1
    fi
    if ! code=$(git describe --tags --abbrev=0 --match 'v[0-9]*' "$knowledge" 2>/dev/null); then
      echo "release-tree: no release tag (v…) before $ref: tag a release first (docs/deploy.md)" >&2
      exit 1
    fi
    ;;
  *)
    usage
    ;;
esac

git checkout --quiet --force --detach "$code"
if [ "$mode" = knowledge ]; then
  # Entries removed since the release must go too: replace the folder, do not merge into it.
  rm -rf knowledge
  git archive "$knowledge" knowledge | tar -x
fi
echo "code=$code"
echo "knowledge=$knowledge"
