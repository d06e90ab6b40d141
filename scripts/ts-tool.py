#!/usr/bin/env python3
"""Developer helper for the Qt Linguist catalogs (not used by the build or CI).

  ts-tool.py export FILE.ts [--contexts A,B] > todo.json   unfinished messages as {context: {source: ""}}
  ts-tool.py merge FILE.ts done.json                       fills those translations, marks them finished
  ts-tool.py copy-source FILE.ts                           translation = source (for the English catalog)
  ts-tool.py stats FILE.ts                                 counts per context
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def save(tree, path):
    root = tree.getroot()
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def main():
    command, path = sys.argv[1], sys.argv[2]
    tree, root = load(path)
    if command == "export":
        contexts = None
        if "--contexts" in sys.argv:
            contexts = set(sys.argv[sys.argv.index("--contexts") + 1].split(","))
        todo = {}
        for name, message in messages(root):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                if contexts is None or name in contexts:
                    todo.setdefault(name, {})[message.findtext("source")] = ""
        json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
    elif command == "merge":
        with open(sys.argv[3], encoding="utf-8") as f:
            done = json.load(f)
        filled = missing = 0
        for name, message in messages(root):
            source = message.findtext("source")
            value = done.get(name, {}).get(source)
            translation = message.find("translation")
            if value:
                translation.text = value
                translation.attrib.pop("type", None)
                filled += 1
            elif translation is not None and translation.get("type") == "unfinished":
                missing += 1
        save(tree, path)
        print(f"filled {filled}, still unfinished {missing}", file=sys.stderr)
    elif command == "copy-source":
        for name, message in messages(root):
            translation = message.find("translation")
            translation.text = message.findtext("source")
            translation.attrib.pop("type", None)
        save(tree, path)
    elif command == "stats":
        counts = {}
        for name, message in messages(root):
            t = message.find("translation")
            key = "unfinished" if t.get("type") == "unfinished" else "done"
            counts.setdefault(name, {}).setdefault(key, 0)
            counts[name][key] += 1
        print(json.dumps(counts, indent=1))


if __name__ == "__main__":
    main()
