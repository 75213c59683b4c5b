#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The missing-translation check (CTest "translations_complete"): runs lupdate as
# `update_translations` does (the project CMake describes: every translated source and its
# include paths) into scratch copies of the .ts files, so a tr() added since the last
# `update_translations` counts too, and fails, naming each string, when a
# language has a string with no translation, or a translation that lost a placeholder (%1, %n)
# of its source. English (larder_en.ts) is the source language and is not checked.
#
# usage: i18n-complete.py CMAKE PROJECT.cmake GenerateLUpdateProject.cmake LUPDATE TS_FILE...
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

cmake, project_in, generate, lupdate, *ts_files = sys.argv[1:]
problems = 0
message = re.compile(r'<message( numerus="yes")?>(.*?)</message>', re.S)
placeholder = re.compile(r'%L?\d|%n')
with tempfile.TemporaryDirectory() as scratch:
    project = str(Path(scratch) / 'project.json')
    made = subprocess.run([cmake, f'-DIN_FILE={project_in}', f'-DOUT_FILE={project}', '-P',
                           generate], capture_output=True, text=True)
    if made.returncode != 0:
        print(f'lupdate project: {made.stderr}', file=sys.stderr)
        sys.exit(2)
    for ts in map(Path, ts_files):
        if ts.name.endswith('_en.ts'):
            continue
        copy = Path(scratch) / ts.name
        shutil.copy(ts, copy)
        run = subprocess.run([lupdate, '-project', project, '-no-obsolete', '-locations', 'none',
                              '-silent', '-ts', str(copy)], capture_output=True, text=True)
        if run.returncode != 0:
            print(f'{ts.name}: lupdate failed:\n{run.stderr}', file=sys.stderr)
            sys.exit(2)
        text = copy.read_text(encoding='utf-8')
        # A tr() lupdate cannot place (through `using Tr = SomeClass;`, say) lands in the empty
        # context and is never found at run time, translated or not: call SomeClass::tr instead.
        nameless = re.search(r'<context>\s*<name></name>(.*?)</context>', text, re.S)
        if nameless:
            for source in re.findall(r'<source>(.*?)</source>', nameless.group(1), re.S)[:20]:
                print(f'{ts.name}: "{html.unescape(source)}" has no context (tr() through an '
                      'alias?): name the class in the call', file=sys.stderr)
            problems += 1
        missing = []
        for m in message.finditer(text):
            body = m.group(2)
            source = html.unescape(re.search(r'<source>(.*?)</source>', body, re.S).group(1))
            translation = re.search(r'<translation([^>]*)>(.*?)</translation>', body, re.S)
            if 'type="unfinished"' in translation.group(1) or not translation.group(2).strip():
                missing.append(source)
                continue
            forms = re.findall(r'<numerusform>(.*?)</numerusform>', translation.group(2), re.S) \
                if m.group(1) else [translation.group(2)]
            wanted = set(placeholder.findall(source)) - {'%n'}
            for form in forms:
                if not wanted <= set(placeholder.findall(html.unescape(form))):
                    print(f'{ts.name}: the translation of "{source}" lost a placeholder: '
                          f'"{html.unescape(form)}"', file=sys.stderr)
                    problems += 1
        for source in missing:
            print(f'{ts.name}: no translation for "{source}"', file=sys.stderr)
        problems += len(missing)
        print(f'{ts.name}: {len(missing)} string(s) without a translation')
if problems:
    print(f'{problems} problem(s). Run `cmake --build BUILD --target update_translations`, then '
          'translate what the .ts files mark "unfinished".', file=sys.stderr)
    sys.exit(1)
