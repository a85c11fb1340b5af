#!/usr/bin/env python3
"""Fails when a .ts file is not complete, or when the sources hold a text it lacks.

check_ts.py LUPDATE "OPTIONS" SOURCE_DIR... -- TS...
1. Every message of every .ts has a translation: none type="unfinished", none empty
   (each plural form included). Vanished/obsolete entries are reported, not counted.
2. lupdate, run over the current sources with the build's options into a temporary
   copy of each .ts, must report "0 new" and leave the set of messages unchanged.
"""
import glob, os, re, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

def messages(path):
    out = {}
    for ctx in ET.parse(path).getroot().iter('context'):
        name = ctx.findtext('name')
        for m in ctx.iter('message'):
            out[(name, m.findtext('source'), m.findtext('comment') or '')] = m
    return out

def main():
    args = sys.argv[1:]
    sep = args.index('--')
    lupdate, options, source_dirs, ts_files = args[0], args[1].split(), args[2:sep], args[sep + 1:]
    sources = sorted(f for d in source_dirs for ext in ('*.cpp', '*.h') for f in glob.glob(os.path.join(d, ext)))
    problems = 0
    for ts in ts_files:
        name = os.path.basename(ts)
        msgs = messages(ts)
        live = 0
        for (ctx, src, _), m in msgs.items():
            tr = m.find('translation')
            kind = tr.get('type', '')
            if kind in ('vanished', 'obsolete'):
                print(f"{name}: note: {kind} entry {ctx}: {src[:60]!r}")
                continue
            live += 1
            forms = [f.text or '' for f in tr.findall('numerusform')] if m.get('numerus') == 'yes' else [tr.text or '']
            if kind == 'unfinished':
                print(f"{name}: unfinished: {ctx}: {src[:70]!r}"); problems += 1
            elif any(not f.strip() for f in forms):
                print(f"{name}: empty translation: {ctx}: {src[:70]!r}"); problems += 1
        with tempfile.TemporaryDirectory() as tmp:
            copy = os.path.join(tmp, name)
            shutil.copy(ts, copy)
            run = subprocess.run([lupdate, *options, *sources, '-ts', copy], capture_output=True, text=True)
            if run.returncode != 0:
                print(f"{name}: lupdate failed:\n{run.stdout}{run.stderr}"); problems += 1; continue
            found = re.search(r'Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)', run.stdout)
            if not found:
                print(f"{name}: cannot read lupdate's summary:\n{run.stdout}"); problems += 1; continue
            new = int(found.group(2))
            after = messages(copy)
            added = [k for k in after if k not in msgs]
            gone = [k for k in msgs if k not in after]
            for ctx, src, _ in added:
                print(f"{name}: not in the .ts yet: {ctx}: {src[:70]!r}")
            for ctx, src, _ in gone:
                print(f"{name}: no longer in the sources: {ctx}: {src[:70]!r}")
            if new or added:
                print(f"{name}: lupdate found {new} new text(s): run `cmake --build <dir> --target update_translations` and translate them")
                problems += 1
            if gone:
                problems += 1
        print(f"{name}: {live} messages, lupdate: {found.group(1)} texts, {new} new")
    if problems:
        print(f"FAILED: {problems} problem(s)")
        return 1
    print("all translations complete and up to date")
    return 0

if __name__ == '__main__':
    sys.exit(main())
