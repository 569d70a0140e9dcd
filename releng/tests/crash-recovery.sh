#!/usr/bin/env bash
# Crash-recovery check of the built Glia product with a real SIGKILL (issue 8: "kill -9 during work loses at most
# the last minute"). Half manual: you make an unsaved edit in the workbench; the script kills Glia with SIGKILL as
# soon as the autosave copy of that edit is on disk, checks the copy and that the document itself is untouched,
# then starts Glia again, which must offer the unsaved changes.
#
#   releng/tests/crash-recovery.sh [MODEL.glia] [--auto]
#
# MODEL.glia  the document to edit (copied into a scratch folder first); default: a small model trained by
#             ./glia analyze on the demo cohort (needs Debian's mricron-data)
# --auto      after the restart, answer the recovery question without a dialog (-Dglia.recovery.answer=recover),
#             wait for Glia to report it and close that Glia again; without it you answer the dialog yourself
#
# Needs a display (DISPLAY set). Uses ./glia, which builds the product first when the sources are newer than it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
AUTO=0
MODEL=""
for a in "$@"; do
  case "$a" in
    --auto) AUTO=1 ;;
    -*) echo "unknown option $a" >&2; exit 2 ;;
    *) MODEL="$a" ;;
  esac
done
say() { printf 'crash-recovery: %s\n' "$*" >&2; }
fail() { say "FAIL: $*"; exit 1; }
[ -n "${DISPLAY:-}" ] || fail "needs a display: you edit the model in the workbench (run it on a desktop or over VNC)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/glia-crash.XXXXXX")"
WS="$WORK/workspace"
say "scratch folder $WORK (workspace $WS)"
if [ -z "$MODEL" ]; then
  say "training a small model on the demo cohort (./glia demo-data, ./glia analyze)"
  "$ROOT/glia" demo-data "$WORK/cohort" --seed 1 >/dev/null
  "$ROOT/glia" analyze "$WORK/cohort" --out "$WORK/analysis" --classes HC,AD --folds 2 --epochs 50 --no-brains >/dev/null
  MODEL="$WORK/analysis/model.glia"
fi
[ -f "$MODEL" ] || fail "no model $MODEL"
DOC="$WORK/edit-me.glia"
cp "$MODEL" "$DOC"
DOC="$(realpath -s "$DOC")"
BEFORE="$(sha256sum "$DOC" | cut -d' ' -f1)"
# the recovery copy is <first 24 hex digits of SHA-256(absolute path)>.glia in the network editor's state location
KEY="$(printf '%s' "$DOC" | sha256sum | cut -c1-24)"
RECOVERY="$WS/.metadata/.plugins/org.glia.ui.network/recovery"
COPY="$RECOVERY/$KEY.glia"

java_child() { # the Java process ./glia ($1) started; ./glia itself stays its parent
  ps --ppid "$1" -o pid=,comm= | awk '$2 == "java" {print $1; exit}'
}

GLIA_WORKSPACE="$WS" "$ROOT/glia" > "$WORK/first.log" 2>&1 &
LAUNCHER=$!
say "Glia is starting (log: $WORK/first.log). In Glia:"
say "  1. File > Open Model... and open $DOC"
say "  2. change the network (e.g. pick a hidden node and press Delete, or Edit > Set Weight) and do NOT save"
say "  3. keep working or wait: the autosave writes a copy within the autosave interval (Preferences > Glia, default 60 s)"
say "waiting for $COPY ..."
while [ ! -f "$COPY" ]; do
  kill -0 "$LAUNCHER" 2>/dev/null || fail "Glia ended before an autosave copy appeared (log: $WORK/first.log)"
  sleep 1
done
sleep 1 # let the index entry land beside the copy
PID="$(java_child "$LAUNCHER")"
[ -n "$PID" ] || fail "cannot find Glia's Java process under launcher $LAUNCHER"
say "autosave copy written; killing Glia (Java process $PID) with SIGKILL"
kill -9 "$PID"
wait "$LAUNCHER" 2>/dev/null || true

[ -f "$COPY" ] || fail "the recovery copy vanished"
grep -q "^document=$(printf '%s' "$DOC" | sed 's/[:=]/\\&/g')\$" "$RECOVERY/$KEY.properties" \
  || fail "the index $RECOVERY/$KEY.properties does not name $DOC"
say "recovery copy: $(stat -c '%s bytes, written %y' "$COPY")"
say "index: $(grep -E '^(time|change)=' "$RECOVERY/$KEY.properties" | tr '\n' ' ')"
[ "$(sha256sum "$DOC" | cut -d' ' -f1)" = "$BEFORE" ] || fail "the document itself changed without Save"
cmp -s "$DOC" "$COPY" && fail "the copy equals the document: the edit did not reach it"
say "OK so far: the killed session left a copy with the unsaved edit, the document is untouched"

if [ "$AUTO" = 1 ]; then
  GLIA_WORKSPACE="$WS" GLIA_JAVA_OPTS="${GLIA_JAVA_OPTS:-} -Dglia.recovery.answer=recover" \
    "$ROOT/glia" > "$WORK/second.log" 2>&1 &
  LAUNCHER=$!
  say "restarted Glia with -Dglia.recovery.answer=recover (log: $WORK/second.log); waiting up to 120 s for the recovery"
  for _ in $(seq 120); do
    grep -q "glia: recovery of $DOC .*: RECOVER" "$WORK/second.log" && break
    kill -0 "$LAUNCHER" 2>/dev/null || break
    sleep 1
  done
  PID="$(java_child "$LAUNCHER" || true)"
  if grep -q "glia: recovery of $DOC .*: RECOVER" "$WORK/second.log"; then
    sleep 3
    [ -f "$COPY" ] || fail "the copy was deleted although the recovered changes are not saved"
    say "PASS: after the restart Glia recovered the unsaved changes of $DOC into its editor"
    [ -n "$PID" ] && kill "$PID" # ends the Glia started here (the copy stays: nothing was saved)
    wait "$LAUNCHER" 2>/dev/null || true
    exit 0
  fi
  [ -n "$PID" ] && kill "$PID"
  wait "$LAUNCHER" 2>/dev/null || true
  fail "Glia did not offer the unsaved changes after the restart (log: $WORK/second.log)"
fi

say "starting Glia again: it must reopen $DOC (or list it at start) and ask"
say "  \"Glia found unsaved changes to edit-me.glia from HH:MM (after a crash). Recover them?\""
say "  Recover: the editor shows your edit as unsaved changes, the file is untouched until you save."
GLIA_WORKSPACE="$WS" "$ROOT/glia" > "$WORK/second.log" 2>&1 || true
if [ -f "$COPY" ]; then
  say "the copy is still there: you did not save or close the document, or you closed Glia in another way"
elif [ "$(sha256sum "$DOC" | cut -d' ' -f1)" != "$BEFORE" ]; then
  say "PASS: the recovered changes were saved to $DOC and the copy is gone"
else
  say "the copy is gone and $DOC is unchanged: you discarded the changes (or closed without saving)"
fi
