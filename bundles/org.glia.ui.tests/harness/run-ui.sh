#!/bin/sh
# Runs UI-harness test classes in a copy of the built Glia product under Xvfb, with some bundles replaced by freshly
# compiled folders (so tests run against the sources before the lead's Tycho build). Scratch tool for the
# run-tests.sh scripts; not part of the product. Usage:
#   run-ui.sh NAME TESTCLASSES REQUIRE CLASSES [BUNDLE=CLASSDIR ...]
#     NAME         a scratch name (/tmp/glia-ui-run-NAME)
#     TESTCLASSES  folder of compiled test classes (the test bundle's content)
#     REQUIRE      the test bundle's Require-Bundle list, comma-separated
#     CLASSES      fully qualified test classes, comma-separated
#     BUNDLE=DIR   a bundle source folder (META-INF, plugin.xml, ...) and its compiled classes, replacing the product's
# Env: PRODUCT, JDK, JUNIT, GLIA_ROOT (-Dglia.root: screenshots), DATA (-data folder, kept; default: fresh),
#      KEEP_DATA=1 (do not wipe DATA first), DROP (bundle names left out of the product copy).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
PRODUCT=${PRODUCT:-$ROOT/releng/org.glia.product/target/products/org.glia.product/linux/gtk/x86_64/glia}
JUNIT=${JUNIT:-$HOME/.m2/repository/org/junit/platform/junit-platform-console-standalone/1.14.4/junit-platform-console-standalone-1.14.4.jar}
NAME=$1; TESTS=$2; REQUIRE=$3; CLASSES=$4; shift 4
RUN=/tmp/glia-ui-run-$NAME
rm -rf "$RUN/product" "$RUN/bundles" "$RUN/tests" && mkdir -p "$RUN/bundles" "$RUN/tests/META-INF"
cp -a "$PRODUCT" "$RUN/product"
CFG=$RUN/product/configuration/config.ini
ADD=
for spec in "$@"; do
  src=${spec%%=*}; classes=${spec#*=}; bsn=$(basename "$src")
  dest=$RUN/bundles/$bsn; mkdir -p "$dest"
  cp -r "$classes/." "$dest/"
  for f in META-INF plugin.xml plugin.properties icons plugin_customization.ini schema; do
    [ -e "$src/$f" ] && cp -r "$src/$f" "$dest/"
  done
  # drop the product's copy of the bundle, if any
  sed -i "s#reference\\\\:file\\\\:${bsn}_[^,]*@4,##" "$CFG"
  ADD="${ADD}reference\\\\:file\\\\:$dest@4,"
done
for bsn in $DROP; do
  sed -i "s#reference\\\\:file\\\\:${bsn}_[^,]*@4,##" "$CFG"
done
cp -r "$TESTS/." "$RUN/tests/"
"$JDK/bin/javac" --release 21 -nowarn -d "$RUN/tests" -cp "$(ls "$RUN"/product/plugins/*.jar | tr '\n' ':')$JUNIT" \
    "$HERE/UiHarness.java"
cp "$JUNIT" "$RUN/tests/junit.jar"
cat > "$RUN/tests/META-INF/MANIFEST.MF" <<MF
Manifest-Version: 1.0
Bundle-ManifestVersion: 2
Bundle-SymbolicName: glia.ui.harness;singleton:=true
Bundle-Version: 0.1.0.qualifier
Bundle-ClassPath: .,junit.jar
Require-Bundle: $(echo "$REQUIRE" | sed 's/,/,\n /g'),
 org.eclipse.ui,
 org.eclipse.core.runtime,
 org.eclipse.swt
MF
cat > "$RUN/tests/plugin.xml" <<'PX'
<?xml version="1.0" encoding="UTF-8"?>
<?eclipse version="3.4"?>
<plugin>
   <extension id="harness" point="org.eclipse.core.runtime.applications">
      <application cardinality="singleton-global" thread="main" visible="true"><run class="harness.UiHarness"/></application>
   </extension>
</plugin>
PX
sed -i "s#^osgi.bundles=#osgi.bundles=${ADD}reference\\\\:file\\\\:$RUN/tests@4,#" "$CFG"
rm -rf "$RUN/product/configuration/org.eclipse.osgi" "$RUN/product/configuration/org.eclipse.core.runtime"
DATA=${DATA:-$RUN/ws}
[ "$KEEP_DATA" = 1 ] || rm -rf "$DATA"
LAUNCHER=$(ls "$RUN"/product/plugins/org.eclipse.equinox.launcher_*.jar)
LOG=$RUN/$(echo "$CLASSES" | sed 's/.*\.//; s/,.*//').log
(cd "$RUN/product" && GDK_BACKEND=x11 xvfb-run -a -s "-screen 0 1600x1000x24" "$JDK/bin/java" -Xmx2g \
    --enable-native-access=ALL-UNNAMED ${GLIA_ROOT:+-Dglia.root=$GLIA_ROOT} -Dharness.class="$CLASSES" $JAVA_OPTS \
    -jar "$LAUNCHER" -application glia.ui.harness.harness -product org.glia.ui.product \
    -data "$DATA" -consoleLog -nosplash) > "$LOG" 2>&1 || true
grep -E 'tests (successful|failed|found|skipped|aborted)|HARNESS-RESULT|=> |MethodSource|JUnit Jupiter:' "$LOG" | head -60
grep -q 'HARNESS-RESULT failed=0' "$LOG" || { echo "FAILED (log: $LOG)"; exit 1; }
