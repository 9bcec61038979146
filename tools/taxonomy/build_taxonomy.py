#!/usr/bin/env python3
"""Generate crates/kohtaanto-taxonomy/data/taxonomy.toml from taxonomy_data.py.

The skill data lives in taxonomy_data.py as compact Python calls; this script checks it
(ids, hierarchy, related pairs, alias collisions, required ids) and resolves each ESCO
reference against the ESCO CSV extracts in ../shared/data/esco, then writes the TOML.

An ESCO reference is written as "<first 8 hex digits of the UUID> <label>": the script finds
the one ESCO skill URI with that prefix and checks that its text starts with the label (or,
for concepts only in the collection files, that the label is its preferred or an alternative
label). Nothing is resolved at run time: the TOML is self-contained.

Usage (from the repository root):
    python3 tools/taxonomy/build_taxonomy.py [--esco-dir DIR] [--out FILE] [--check]

--check verifies that FILE is up to date instead of writing it.
"""
import argparse
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import taxonomy_data as data  # noqa: E402

ESCO_PREFIX = "http://data.europa.eu/esco/skill/"
SLUG = re.compile(r"^[a-z0-9\-_+#.]+$")


def load_esco(esco_dir):
    """uuid -> (text, preferred label or None, alt labels)."""
    concepts = {}
    with open(os.path.join(esco_dir, "skills_uri_text.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            uuid = row["id"][len(ESCO_PREFIX):]
            concepts[uuid] = (row["description"], None, [])
    for name in ("ictSkillsCollection_en.csv", "languageSkillsCollection_en.csv",
                 "transversalSkillsCollection_en.csv"):
        with open(os.path.join(esco_dir, name), newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                uuid = row["conceptUri"][len(ESCO_PREFIX):]
                alts = [a.strip() for a in re.split(r"\s*\|\s*|\n", row["altLabels"]) if a.strip()]
                text = concepts.get(uuid, ("", None, []))[0]
                concepts[uuid] = (text, row["preferredLabel"], alts)
    return concepts


def resolve_esco(concepts, ref, skill_id):
    prefix, _, label = ref.partition(" ")
    matches = [u for u in concepts if u.startswith(prefix)]
    if len(matches) != 1:
        raise SystemExit(f"{skill_id}: ESCO prefix {prefix} matches {len(matches)} concepts")
    uuid = matches[0]
    text, preferred, alts = concepts[uuid]
    wanted = label.lower()
    ok = text.lower().startswith(wanted + " ") or text.lower() == wanted
    if preferred is not None:
        ok = ok or wanted == preferred.lower() or wanted in (a.lower() for a in alts)
    if not ok:
        shown = preferred or text[:80]
        raise SystemExit(f"{skill_id}: ESCO {uuid} is {shown!r}, not {label!r}")
    return ESCO_PREFIX + uuid


def toml_str(value):
    return json.dumps(value, ensure_ascii=False)


def toml_list(values):
    return "[" + ", ".join(toml_str(v) for v in values) + "]"


def check(skills, groups):
    problems = []
    ids = {}
    for s in skills:
        if not SLUG.match(s.id):
            problems.append(f"{s.id}: not a slug")
        if s.id in ids:
            problems.append(f"{s.id}: id used twice")
        ids[s.id] = s
        if s.group not in groups:
            problems.append(f"{s.id}: unknown group {s.group}")
        if not 0 < s.specificity <= 1:
            problems.append(f"{s.id}: specificity {s.specificity}")
        if s.kind not in ("knowledge", "skill", "language", "transversal"):
            problems.append(f"{s.id}: kind {s.kind}")
    for s in skills:
        if s.broader and s.broader not in ids:
            problems.append(f"{s.id}: unknown broader {s.broader}")
        seen, cursor = {s.id}, s.broader
        while cursor and cursor in ids:
            if cursor in seen:
                problems.append(f"{s.id}: broader cycle")
                break
            seen.add(cursor)
            cursor = ids[cursor].broader
        for other, sim in s.related.items():
            if other not in ids:
                problems.append(f"{s.id}: unknown related {other}")
            if other == s.id:
                problems.append(f"{s.id}: related to itself")
            if not 0.2 <= sim <= 0.8:
                problems.append(f"{s.id}: related {other} similarity {sim} outside 0.2..0.8")
            if other in ids and (ids[other].broader == s.id or s.broader == other):
                problems.append(f"{s.id}: related {other} is already its parent/child")
    # The same surface form must not name two skills (the extractor could not tell them apart).
    owner = {}
    for s in skills:
        forms = set()
        for lang in ("en", "fi", "sv"):
            forms.add(s.labels[lang].lower())
            forms.update(a.lower() for a in s.aliases[lang])
        for form in forms:
            if form in owner and owner[form] != s.id:
                problems.append(f"{s.id}: form {form!r} also names {owner[form]}")
            owner[form] = s.id
    for required in data.REQUIRED_IDS:
        if required not in ids:
            problems.append(f"required id {required} is missing")
    for word in data.MUST_BE_AMBIGUOUS:
        if word in ids and not ids[word].ambiguous:
            problems.append(f"{word}: must be ambiguous")
    return problems


def render(skills, groups, concepts):
    out = []
    out.append("# kohtaanto default ICT skill taxonomy (format: FORMAT.md).")
    out.append("# GENERATED by tools/taxonomy/build_taxonomy.py from tools/taxonomy/taxonomy_data.py;")
    out.append("# edit the data there and regenerate, or edit this file and keep both in step.")
    out.append("# ESCO URIs: ESCO classification v1.1, (c) European Union, reused with attribution.")
    out.append("format_version = 1")
    out.append('name = "kohtaanto ICT taxonomy"')
    out.append("")
    out.append("[similarity]")
    out.append("# credit a held skill gets towards a requirement it is narrower than (PostgreSQL for SQL databases)")
    out.append("narrower = 0.9")
    out.append("# credit a held skill gets towards a requirement it is broader than (SQL databases for PostgreSQL)")
    out.append("broader = 0.5")
    out.append("# decay per extra level of hierarchy distance")
    out.append("distance_decay = 0.9")
    for gid, (en, fi, sv) in groups.items():
        out.append("")
        out.append("[[group]]")
        out.append(f"id = {toml_str(gid)}")
        out.append(f"labels = {{ en = {toml_str(en)}, fi = {toml_str(fi)}, sv = {toml_str(sv)} }}")
    emitted = set()
    current_group = None
    for s in skills:
        if s.section != current_group:
            current_group = s.section
            out.append("")
            out.append(f"# ---- {current_group} " + "-" * max(0, 70 - len(current_group)))
        out.append("")
        out.append("[[skill]]")
        out.append(f"id = {toml_str(s.id)}")
        out.append(f"kind = {toml_str(s.kind)}")
        out.append(f"group = {toml_str(s.group)}")
        if s.broader:
            out.append(f"broader = {toml_str(s.broader)}")
        if s.esco:
            out.append(f"esco = {toml_str(resolve_esco(concepts, s.esco, s.id))}")
        out.append(f"specificity = {s.specificity}")
        labels = ", ".join(f"{lang} = {toml_str(s.labels[lang])}" for lang in ("en", "fi", "sv"))
        out.append(f"labels = {{ {labels} }}")
        if any(s.aliases[lang] for lang in ("en", "fi", "sv")):
            parts = ", ".join(f"{lang} = {toml_list(s.aliases[lang])}" for lang in ("en", "fi", "sv"))
            out.append(f"aliases = {{ {parts} }}")
        rel = []
        for other, sim in s.related.items():
            key = tuple(sorted((s.id, other)))
            if key in emitted:
                continue
            emitted.add(key)
            rel.append(f"{{ skill = {toml_str(other)}, similarity = {sim} }}")
        if rel:
            out.append("related = [" + ", ".join(rel) + "]")
        if s.ambiguous:
            out.append("ambiguous = true")
    return "\n".join(out) + "\n", len(emitted)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--esco-dir", default=os.path.join(os.path.dirname(REPO), "shared", "data", "esco"))
    parser.add_argument("--out", default=os.path.join(REPO, "crates", "kohtaanto-taxonomy", "data", "taxonomy.toml"))
    parser.add_argument("--check", action="store_true", help="fail if --out is not up to date")
    args = parser.parse_args()

    skills, groups = data.SKILLS, data.GROUPS
    problems = check(skills, groups)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        raise SystemExit(f"{len(problems)} problems")
    concepts = load_esco(args.esco_dir)
    text, pairs = render(skills, groups, concepts)
    with_esco = sum(1 for s in skills if s.esco)
    print(f"skills: {len(skills)}  groups: {len(groups)}  with ESCO: {with_esco} "
          f"({100.0 * with_esco / len(skills):.1f}%)  related pairs: {pairs}  "
          f"ambiguous: {sum(1 for s in skills if s.ambiguous)}")
    if args.check:
        with open(args.out, encoding="utf-8") as f:
            if f.read() != text:
                raise SystemExit(f"{args.out} is not up to date")
        return
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
