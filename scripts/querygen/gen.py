#!/usr/bin/env python3
"""Generate queries/{javascript,typescript,tsx}/*.scm from one template.

Macros (expanded per grammar):
  OBJ<...>     an object literal whose children are ..., bare or as the direct child of
               any node: parentheses, TS `as` / `satisfies` / `<T>`, a conditional
               `c ? {...} : x`, `a || {...}`, an array element
  FN           a function value: arrow function or function expression
  FIELD        class field definition node with its name field
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "queries"


def wrappers(lang):
    # One wildcard parent instead of the list of wrapper nodes (parenthesized_expression,
    # as_expression, satisfies_expression, type_assertion): tree-sitter analyses each
    # alternative of the object pattern separately, and the TypeScript PIN302 pack took
    # ~320 ms to compile with four of them, ~130 ms with the wildcard.
    return ["_"]


def expand_obj(text, lang):
    # OBJ<inner>@cap  ->  [(object inner) @cap (_ (object inner) @cap)]
    out = []
    i = 0
    while True:
        j = text.find("OBJ<", i)
        if j < 0:
            out.append(text[i:])
            break
        out.append(text[i:j])
        depth = 0
        k = j + 3
        while True:
            c = text[k]
            if c == "<":
                depth += 1
            elif c == ">":
                depth -= 1
                if depth == 0:
                    break
            k += 1
        inner = text[j + 4:k]
        m = re.match(r"@([\w.]+)", text[k + 1:])
        cap = ""
        end = k + 1
        if m:
            cap = " @" + m.group(1)
            end = k + 1 + m.end()
        alts = [f"(object {inner}){cap}"]
        for w in wrappers(lang):
            alts.append(f"({w} (object {inner}){cap})")
        out.append("[" + "\n    ".join(alts) + "]")
        i = end
    return "".join(out)


MACROS = {}


def load_macros(text):
    """`%%NAME` lines start a macro that runs to the next blank line."""
    body = []
    cur = None
    for line in text.split("\n"):
        if line.startswith("%%"):
            cur = line[2:].strip()
            MACROS[cur] = []
            continue
        if cur is not None:
            if line.strip() == "":
                cur = None
            else:
                MACROS[cur].append(line)
            continue
        body.append(line)
    return "\n".join(body)


def expand(text, lang):
    ts = lang in ("typescript", "tsx")
    for _ in range(3):
        for k, v in MACROS.items():
            text = text.replace("%" + k + "%", "\n".join(v).rstrip())
    text = expand_obj(text, lang)
    # STR@cap: a string, template or (TS) `'x' as T`
    def strrep(m):
        cap = m.group(1)
        alts = [f"(string) @{cap}", f"(template_string) @{cap}"]
        if ts:
            alts.append(f"(as_expression (string) @{cap})")
            alts.append(f"(satisfies_expression (string) @{cap})")
        return "[" + " ".join(alts) + "]"
    text = re.sub(r"STR@([\w.]+)", strrep, text)
    text = text.replace(
        "FIELD_NAME", "public_field_definition name" if ts else "field_definition property")
    return text


def main():
    src = Path(sys.argv[1])
    load_macros((src / "macros.in").read_text())
    for tmpl in sorted(src.glob("*.scm.in")):
        body = tmpl.read_text()
        for lang in ("javascript", "typescript", "tsx"):
            out = ROOT / lang / tmpl.name[:-3]
            out.parent.mkdir(parents=True, exist_ok=True)
            header = ("; The same patterns live in queries/javascript, queries/typescript and queries/tsx\n"
                      "; (TypeScript adds `as` / `satisfies` / `<T>` wrappers): keep the three in step.\n\n")
            out.write_text(header + expand(body, lang))


if __name__ == "__main__":
    main()
