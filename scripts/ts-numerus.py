#!/usr/bin/env python3
"""Fills plural (numerus) messages of a .ts file, which ts-tool.py's flat JSON cannot carry.

  ts-numerus.py FILE.ts forms.json     forms.json: {"context": {"source": ["form", ...]}}

zh_CN and ko have one plural form, en two (singular, plural). Marks the filled messages finished.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    path, forms_path = sys.argv[1], sys.argv[2]
    forms = json.load(open(forms_path, encoding="utf-8"))
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                continue
            source = message.findtext("source")
            wanted = forms.get(name, {}).get(source)
            if not wanted:
                continue
            translation = message.find("translation")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for text in wanted:
                form = ET.SubElement(translation, "numerusform")
                form.text = text
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled} plural messages")


if __name__ == "__main__":
    main()
