#!/usr/bin/env python3
"""Shows that the build enforces the layers of DESIGN.md.

For one source file of each layer it compiles, with exactly the flags the build uses for that
file (build/compile_commands.json), a file that includes one header: a header of a layer the
source may use must compile, a header of a layer above or beside it must not be found. A
reach-in (say the window including storage/database.h) fails here as it fails in the build.
"""
import concurrent.futures
import json
import os
import shlex
import subprocess
import sys
import tempfile

CORE = ["core/money.h"]
SERVICES = ["services/cataloguereader.h"]
STORAGE, SECRETS, ACRONIS = ["storage/database.h"], ["secrets/secretstore.h"], ["acronis/apiclient.h"]
APP, CLI = ["app/mainwindow.h"], ["cli/console.h"]

# source of the layer: (headers it may include, headers it must not see)
RULES = {
    "src/core/money.cpp": (CORE, STORAGE + SECRETS + ACRONIS + SERVICES + APP + CLI),
    "src/storage/database.cpp": (CORE + STORAGE, SECRETS + ACRONIS + SERVICES + APP + CLI),
    "src/secrets/secretstore.cpp": (CORE + SECRETS, STORAGE + ACRONIS + SERVICES + APP + CLI),
    "src/acronis/apiclient.cpp": (CORE + ACRONIS, STORAGE + SECRETS + SERVICES + APP + CLI),
    "src/services/syncjob.cpp": (CORE + STORAGE + SECRETS + ACRONIS + SERVICES, APP + CLI),
    "src/app/mainwindow.cpp": (CORE + SERVICES, STORAGE + SECRETS + ACRONIS + CLI),
    "src/cli/console.cpp": (CORE + SERVICES, STORAGE + SECRETS + ACRONIS + APP),
}


def syntax_only(entry, source):
    """The entry's compile command for `source` instead of its file, checking syntax only."""
    args = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    result, skip = [], False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if arg in ("-MD", "-MMD", "-c") or arg == entry["file"]:
            continue
        result.append(arg)
    return result + ["-fsyntax-only", source]


def compile_includes(entry, headers, scratch, name):
    source = os.path.join(scratch, name + ".cpp")
    with open(source, "w") as out:
        out.writelines(f'#include "{header}"\n' for header in headers)
    return subprocess.run(syntax_only(entry, source), cwd=entry["directory"],
                          capture_output=True, text=True)


def check(entry, path, allowed, forbidden, scratch, number):
    """The problems of one source file's view: what it may use compiles (in one go), each
    header it must not see is not found."""
    problems = []
    run = compile_includes(entry, allowed, scratch, f"allowed{number}")
    if run.returncode != 0:
        problems.append(f"{path} may include {', '.join(allowed)}, but that does not compile:\n"
                        + run.stderr[:2000])
    for index, header in enumerate(forbidden):
        run = compile_includes(entry, [header], scratch, f"forbidden{number}_{index}")
        if f"{header}: No such file or directory" not in run.stderr:
            problems.append(f"{path} reaches {header}: the build lets it (exit {run.returncode})")
    return problems, 1 + len(forbidden)


def with_source_tree_visible(entry, root):
    """The entry as a build that lets its file see all of src/ would compile it."""
    entry = dict(entry)
    extra = "-I" + os.path.join(root, "src")
    if "arguments" in entry:
        entry["arguments"] = entry["arguments"][:1] + [extra] + entry["arguments"][1:]
    else:
        compiler, rest = entry["command"].split(" ", 1)
        entry["command"] = f"{compiler} {extra} {rest}"
    return entry


def selftest(entries, root):
    """The check must fail for a window that sees every layer: four reach-ins found."""
    path = "src/app/mainwindow.cpp"
    allowed, forbidden = RULES[path]
    with tempfile.TemporaryDirectory() as scratch:
        problems, _ = check(with_source_tree_visible(entries[path], root), path, allowed,
                            forbidden, scratch, 0)
    print("\n".join(problems))
    print(f"layers selftest: {len(problems)} reach-ins found of {len(forbidden)}")
    return 0 if len(problems) == len(forbidden) else 1


def main():
    database = json.load(open(sys.argv[1]))
    entries = {os.path.relpath(e["file"], sys.argv[2]): e for e in database}
    if len(sys.argv) > 3 and sys.argv[3] == "--selftest":
        return selftest(entries, sys.argv[2])
    problems, checks = [], 0
    with tempfile.TemporaryDirectory() as scratch, \
            concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        runs = []
        for number, (path, (allowed, forbidden)) in enumerate(RULES.items()):
            if path not in entries:
                problems.append(f"{path}: not in the compile database")
                continue
            runs.append(pool.submit(check, entries[path], path, allowed, forbidden, scratch,
                                    number))
        for run in runs:
            found, count = run.result()
            problems += found
            checks += count
    for problem in problems:
        print(problem)
    print(f"layers: {checks} compilations, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
