#!/usr/bin/env python3
"""Where a JFR recording's CPU samples went: the top frames by self time, and the share of samples
(inclusive) of every method whose name matches a pattern.

Usage: python3 bench/jfr-top.py RECORDING.jfr [PATTERN]
PATTERN is a regular expression on 'package/Class.method' (default: hashwatch).
Needs the JDK's `jfr` on the PATH.
"""
import collections
import json
import re
import subprocess
import sys


def main():
    recording = sys.argv[1]
    pattern = sys.argv[2] if len(sys.argv) > 2 else "hashwatch"
    printed = subprocess.run(
        ["jfr", "print", "--json", "--stack-depth", "200", "--events", "jdk.ExecutionSample", recording],
        capture_output=True, text=True, check=True).stdout
    events = json.loads(printed)["recording"]["events"]
    own = collections.Counter()
    within = collections.Counter()
    for event in events:
        frames = event["values"]["stackTrace"]["frames"]
        names = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in frames]
        own[names[0]] += 1
        for name in set(names):
            within[name] += 1
    total = len(events)
    print(f"{total} execution samples")
    print("--- self, top 25")
    for name, count in own.most_common(25):
        print(f"{100 * count / total:5.1f}%  {name}")
    print(f"--- inclusive, methods matching {pattern}")
    for name, count in within.most_common():
        if re.search(pattern, name) and 100 * count / total >= 0.5:
            print(f"{100 * count / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
