#!/bin/sh
# Compiles the bundles that the workbench tests run against fresh (FRESH, in dependency order; default org.glia.ui,
# org.glia.ui.controls, org.glia.ui.cohort; add org.glia.render org.glia.ui.brain when the built product is older
# than their sources) with plain javac against the built product's plug-ins, each into OUT/<bundle>, with its
# messages.properties. Prints the classpath (product + these) on stdout's last line. Scratch tool for
# run-tests.sh; not part of the product.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
BUNDLES=$(cd "$HERE/../.." && pwd)
ROOT=$(dirname "$BUNDLES")
JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
PRODUCT=${PRODUCT:-$ROOT/releng/org.glia.product/target/products/org.glia.product/linux/gtk/x86_64/glia}
OUT=$1
FRESH=${FRESH:-"org.glia.ui org.glia.ui.controls org.glia.ui.cohort"}
CP=
for j in "$PRODUCT"/plugins/*.jar; do
  skip=
  for b in $FRESH; do case $(basename "$j") in "${b}_"*) skip=1;; esac; done
  [ -z "$skip" ] && CP=$CP:$j
done
CP=$CP:$(ls "$PRODUCT"/plugins/org.glia.lwjgl_*/lib/*.jar | tr '\n' ':')
for d in "$PRODUCT"/plugins/*/; do CP=$CP:$d; done
for b in $FRESH; do
  rm -rf "$OUT/$b" && mkdir -p "$OUT/$b"
  "$JDK/bin/javac" --release 21 -Xlint:all,-serial,-processing,-classfile -d "$OUT/$b" -cp "$CP" \
      $(find "$BUNDLES/$b/src" -name '*.java') >&2
  (cd "$BUNDLES/$b/src" && find . -name '*.properties' -exec cp --parents {} "$OUT/$b" \;)
  CP=$OUT/$b:$CP
done
echo "$CP"
