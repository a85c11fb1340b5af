#!/usr/bin/env python3
"""Fails when a product source file is over 500 lines or a function over 80.

Product sources are those of core/, protocols/, app/ and simulator/ (tests and benches are
not). A function is counted from the first line of its signature to its closing brace, as
.clang-format lays it out: the body's opening brace alone at column 0 (AfterFunction)."""
import pathlib
import sys

MAX_FILE = 500
MAX_FUNCTION = 80
ROOTS = ("core", "protocols", "app", "simulator")
SUFFIXES = {".cpp", ".h"}


def signature_start(lines, brace):
    """Index of the first line of the signature that ends just above the brace at `brace`."""
    i = brace - 1
    while i > 0:
        above = lines[i - 1].rstrip()
        if (not above or above.endswith((";", "}", "{")) or above.lstrip().startswith(("//", "#", "/*", "*"))
                or above.endswith(":") and above.lstrip() in ("public:", "private:", "protected:")):
            break
        i -= 1
    return i


def functions(lines):
    """(name line, length) of each function body that opens at column 0."""
    found = []
    open_at = None
    for n, line in enumerate(lines):
        text = line.rstrip("\n")
        if text == "{":
            open_at = n
        elif open_at is not None and text in ("}", "};"):
            if text == "}" and open_at > 0:
                start = signature_start(lines, open_at)
                found.append((start, n - start + 1, lines[start].strip()))
            open_at = None
    return found


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    problems = []
    for top in ROOTS:
        for path in sorted((root / top).rglob("*")):
            if path.suffix not in SUFFIXES or not path.is_file():
                continue
            lines = path.read_text(encoding="utf-8").splitlines()
            rel = path.relative_to(root)
            if len(lines) > MAX_FILE:
                problems.append(f"{rel}: {len(lines)} lines (limit {MAX_FILE})")
            for start, length, head in functions(lines):
                if length > MAX_FUNCTION:
                    problems.append(f"{rel}:{start + 1}: function of {length} lines (limit {MAX_FUNCTION}): {head}")
    for p in problems:
        print(p)
    print(f"{len(problems)} over the limits" if problems else "sizes ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
