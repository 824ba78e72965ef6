#!/usr/bin/env python3
"""Builds the team's labelled corpus (JSON Lines in the shared corpus format) from marked-up drafts.

Source files: drafts-*.txt in this folder. Each draft starts with a header line
    === <id> <kind>            (kind: mail | report | prompt)
and its text follows up to the next header. Inline markup labels spans:
    [[PERSON_NAME|Mme Sophie MARTIN]]   an entity of that TAXONOMY category
    [[IGNORE|01 23 45 67 89]]           an ambiguous span (counts neither for nor against)
Markup does not nest. Leading and trailing blank lines of each draft are dropped.

Usage: python3 build.py [OUT] [--source FILE ...]
    default OUT: corpus.team.jsonl next to this script; default sources: every drafts-*.txt here except the
    held-out drafts-blind*.txt, which are built on their own, e.g.
    python3 build.py corpus.blind2.jsonl --source drafts-blind2.txt
"""
import argparse
import json
import pathlib
import re

CATEGORIES = {
    "PERSON_NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "DATE_OF_BIRTH", "NIR", "IBAN", "PAYMENT_CARD",
    "ID_DOCUMENT", "TAX_ID", "SOCIAL_BENEFIT_ID", "LICENSE_PLATE", "HEALTH", "SPECIAL_CATEGORY",
    "CRIMINAL", "VULNERABLE", "SECRET", "ORG_ID", "IGNORE",
}
MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]", re.S)
HEADER = re.compile(r"^=== (\S+) (mail|report|prompt)\s*$", re.M)


def parse_draft(doc_id, kind, marked):
    text, entities, ignore, pos = [], [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        plain = marked[pos:m.start()]
        text.append(plain)
        length += len(plain)
        category, value = m.group(1), m.group(2)
        if category not in CATEGORIES:
            raise SystemExit(f"{doc_id}: unknown category {category}")
        if "[[" in value or not value.strip():
            raise SystemExit(f"{doc_id}: nested or empty markup near {value[:40]!r}")
        span = {"start": length, "end": length + len(value)}
        if category == "IGNORE":
            ignore.append(span)
        else:
            entities.append({"category": category, **span})
        text.append(value)
        length += len(value)
        pos = m.end()
    text.append(marked[pos:])
    plain = "".join(text)
    if "[[" in plain or "]]" in plain:
        raise SystemExit(f"{doc_id}: unbalanced markup")
    return {"id": doc_id, "kind": kind, "text": plain, "entities": entities, "ignore": ignore}


def build(folder, sources=None):
    if sources is None:
        sources = [p for p in sorted(folder.glob("drafts-*.txt")) if not p.name.startswith("drafts-blind")]
    drafts, seen = [], set()
    for source in sources:
        content = source.read_text(encoding="utf-8")
        headers = list(HEADER.finditer(content))
        for i, h in enumerate(headers):
            end = headers[i + 1].start() if i + 1 < len(headers) else len(content)
            body = content[h.end():end].strip("\n")
            doc_id = h.group(1)
            if doc_id in seen:
                raise SystemExit(f"{source.name}: duplicate id {doc_id}")
            seen.add(doc_id)
            drafts.append(parse_draft(doc_id, h.group(2), body))
    return drafts


if __name__ == "__main__":
    here = pathlib.Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description="Build a labelled JSONL corpus from marked-up drafts.")
    parser.add_argument("out", nargs="?", help="output file (default: corpus.team.jsonl next to this script)")
    parser.add_argument("--source", action="append", help="draft file to read (repeatable; relative to this folder)")
    args = parser.parse_args()
    out = pathlib.Path(args.out) if args.out else here / "corpus.team.jsonl"
    sources = [here / s if not pathlib.Path(s).is_absolute() else pathlib.Path(s) for s in args.source] if args.source else None
    drafts = build(here, sources)
    with out.open("w", encoding="utf-8") as f:
        for d in drafts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(drafts)} drafts, {sum(len(d['entities']) for d in drafts)} entities -> {out}")
