#!/usr/bin/env bash
# bench/composition.sh [WORK_DIR]  (default /tmp/studio-bench)
#
# Throughput of the composer against the scripts people write around ImageMagick and libvips, in
# one invocation on one machine: the baselines' workload (bench/baselines/README.md) is 10 distinct
# 3000x3000 JPEG heroes x 5 social ratios (1:1, 9:16, 16:9, 4:5, 2:1), JPEG quality 90 out.
#   - studio:       one `./studio run` from a cold JVM (start-up included), 10 products x 5 ratios,
#                   with everything a run does besides drawing: compliance checks, manifest, proof sheet
#   - imagemagick:  baselines/baseline-imagemagick.sh, JOBS=2 (one `convert` per creative)
#   - vips:         baselines/baseline-vips.sh, JOBS=2 (vips CLI, 4 processes per creative)
# Prints creatives per second for each and the studio's ratio to the faster baseline.
# Needs: imagemagick libvips-tools hyperfine fonts-dejavu-core (apt-get install ...). RUNS=5 by default.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
B="$ROOT/bench/baselines"
W=${1:-/tmp/studio-bench}
RUNS=${RUNS:-5}
N=10
for tool in /usr/bin/convert vips hyperfine; do
  command -v "$tool" >/dev/null || { echo "composition.sh: needs $tool (apt-get install imagemagick libvips-tools hyperfine)" >&2; exit 2; }
done
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
[ -f "$FONT" ] || { echo "composition.sh: needs $FONT (apt-get install fonts-dejavu-core)" >&2; exit 2; }

mkdir -p "$W/results"
[ -f "$W/in/hero-$N.jpg" ] || IM=/usr/bin/convert "$B/make-inputs.sh" "$W/in" "$N" >/dev/null

# The same inputs as a campaign: a kit with the baseline's logo and font, one product per hero.
C="$W/campaign"
rm -rf "$C"
mkdir -p "$C/assets" "$C/kits/bench-kit/fonts" "$C/kits/bench-kit/logo"
cp "$W"/in/hero-*.jpg "$C/assets/"
cp "$FONT" "$C/kits/bench-kit/fonts/"
echo "DejaVu fonts: free license, see /usr/share/doc/fonts-dejavu-core/copyright" > "$C/kits/bench-kit/fonts/LICENSE.txt"
cp "$W/in/logo.png" "$C/kits/bench-kit/logo/logo-light.png"
cp "$W/in/logo.png" "$C/kits/bench-kit/logo/logo-dark.png"
cat > "$C/kits/bench-kit/brand.yaml" <<'KIT'
name: Benchmark Kit
version: 1.0.0
colors: {primary: "#1D3557", secondary: "#457B9D", accent: "#E63946", textOnDark: "#FFFFFF", textOnLight: "#1D1D1D", background: "#F1FAEE"}
fonts: {headline: fonts/DejaVuSans-Bold.ttf, body: fonts/DejaVuSans-Bold.ttf, license: fonts/LICENSE.txt}
logo: {light: logo/logo-light.png, dark: logo/logo-dark.png}
logoRules: {corners: [top-right, top-left], minWidthPercent: 14, clearSpacePercent: 25}
textRules: {minFontPx: 28, maxLines: 3}
legal: {prohibited: [], disclaimers: {}}
KIT
{
  echo "campaign: bench-$N"
  echo "brand: bench-kit"
  echo "market: {region: US, locales: [en-US]}"
  echo "audience: Runners"
  echo "message: {en-US: \"$(head -1 "$W/in/messages.txt")\"}"
  echo "ratios: ['1:1', '9:16', '16:9', '4:5', '2:1']"
  echo "products:"
  for i in $(seq 1 "$N"); do
    echo "  - {id: product-$i, name: Product $i, description: A product photo, assets: [assets/hero-$i.jpg]}"
  done
} > "$C/brief.yaml"

STUDIO="$ROOT/studio"
"$STUDIO" --help >/dev/null   # builds the jar and its class-data archive when needed, outside the timing
STUDIO_RUN="$STUDIO run $C/brief.yaml --brand-kits $C/kits --home $W/home --out $W/out-studio --format jpg --json"

nproc_now=$(nproc)
echo "composition benchmark: $N heroes x 5 ratios = $((N * 5)) creatives, $nproc_now cores, $RUNS runs each"
hyperfine --warmup 1 --runs "$RUNS" --export-json "$W/results/composition.json" \
  --export-markdown "$W/results/composition.md" \
  --prepare "rm -rf $W/out-studio $W/out-imagemagick $W/out-vips" \
  -n studio "$STUDIO_RUN" \
  -n "imagemagick JOBS=2" "JOBS=2 IM=/usr/bin/convert $B/baseline-imagemagick.sh $W/in $W/out-imagemagick $N" \
  -n "vips JOBS=2" "JOBS=2 $B/baseline-vips.sh $W/in $W/out-vips $N"

python3 - "$W/results/composition.json" "$((N * 5))" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
n = int(sys.argv[2])
rate = {name: n / r["mean"] for name, r in results.items()}
print()
print("| engine | mean s (± sd) | creatives/s |")
print("|---|---|---|")
for name, r in results.items():
    print(f"| {name} | {r['mean']:.2f} ± {r.get('stddev') or 0:.2f} | {rate[name]:.1f} |")
best = max(v for k, v in rate.items() if k != "studio")
print(f"\nstudio / faster baseline = {rate['studio'] / best:.2f}x")
PY
