"""Print every unsafe thing found in the DOCX files under a folder (nothing when clean):
external relationships, fields other than PAGE/NUMPAGES, attachedTemplate, macro or OLE
parts. Used by the hostile corpus (C48) and handy by hand: `python inspect_docx.py build/site`."""

import re
import sys
import zipfile
from pathlib import Path

found = 0
for path in sorted(Path(sys.argv[1]).rglob("*.docx")):
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.search(r"vbaProject|\.bin$|embeddings/|activeX", name):
                print(f"{path}: suspicious part {name}")
                found += 1
            if not name.endswith((".xml", ".rels")):
                continue
            text = z.read(name).decode("utf-8", "replace")
            for target in re.findall(r'Target="([^"]*)"[^>]*TargetMode="External"', text):
                if not re.match(r"https://|mailto:", target) or "attacker" in target:
                    print(f"{path}: external relationship {target} in {name}")
                    found += 1
            if "attachedTemplate" in text:
                print(f"{path}: attachedTemplate in {name}")
                found += 1
            for instr in re.findall(r'w:instr="([^"]*)"', text) + re.findall(
                r"<w:instrText[^>]*>([^<]*)<", text
            ):
                if instr.split() and instr.split()[0].upper() not in ("PAGE", "NUMPAGES"):
                    print(f"{path}: field {instr.strip()} in {name}")
                    found += 1
            if "BODY-TEXT-FROM-THE-REFERENCE" in text:
                print(f"{path}: body content of the reference in {name}")
                found += 1
print(f"{found} finding(s)")
sys.exit(1 if found else 0)
