#!/bin/sh
# Restarts the real Glia product on one workspace and checks that the session comes back: run 1 opens a model,
# sets every Controls view setting and shows a cohort folder at a chosen feature and region in the Edit & Train
# perspective, then quits (the workbench saves its state as on a user's File > Exit); run 2 starts on the same
# -data workspace and checks the perspective, the model's editor, the Controls settings and the Cohort view are
# back. Both runs go through ../harness/run-ui.sh (a copy of the built product under Xvfb with a small harness
# application that runs the phase's checks in the UI thread). Not part of the Maven build: ./glia test runs it after.
# PRODUCT overrides the product folder; FRESH lists bundles compiled from source and swapped in (default: none,
# i.e. the product as built; see ../harness/compile-ui.sh).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TESTS=$(dirname "$HERE")
BUNDLES=$(dirname "$TESTS")
JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
JUNIT=${JUNIT:-$HOME/.m2/repository/org/junit/platform/junit-platform-console-standalone/1.14.4/junit-platform-console-standalone-1.14.4.jar}
OUT=/tmp/org.glia.ui.restart-classes
WORK=$(mktemp -d /tmp/glia-restart.XXXXXX)
CP=$(FRESH=${FRESH-} sh "$TESTS/harness/compile-ui.sh" "$OUT" | tail -1)
rm -rf "$OUT/test" && mkdir -p "$OUT/test"
"$JDK/bin/javac" --release 21 -nowarn -d "$OUT/test" -cp "$CP:$JUNIT" $(find "$HERE/src" -name '*.java') \
    "$BUNDLES/org.glia.ui.brain.tests/src/org/glia/ui/brain/tests/TestStudy.java" \
    "$BUNDLES/org.glia.ui.brain.tests/src/org/glia/ui/brain/tests/Workbench.java" \
    "$BUNDLES/org.glia.ui.cohort.tests/src/org/glia/ui/cohort/tests/TestCohort.java"
OVERLAYS=
for b in ${FRESH-}; do OVERLAYS="$OVERLAYS $BUNDLES/$b=$OUT/$b"; done
REQUIRE=org.glia.ui,org.glia.ui.network,org.glia.ui.brain,org.glia.ui.controls,org.glia.ui.cohort,org.glia.render,org.glia.atlas,org.glia.cohort,org.glia.model,org.glia.core
export DATA=$WORK/workspace
JAVA_OPTS="$JAVA_OPTS -Drestart.dir=$WORK" sh "$TESTS/harness/run-ui.sh" restart "$OUT/test" "$REQUIRE" \
    org.glia.ui.tests.restart.RestartPhase1Test $OVERLAYS
echo "--- restarting on $DATA"
KEEP_DATA=1 JAVA_OPTS="$JAVA_OPTS -Drestart.dir=$WORK" sh "$TESTS/harness/run-ui.sh" restart "$OUT/test" "$REQUIRE" \
    org.glia.ui.tests.restart.RestartPhase2Test $OVERLAYS
echo "restart check passed (workspace kept in $WORK)"
