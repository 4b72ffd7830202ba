#!/usr/bin/env python3
"""Synthetic inputs for Benchmarks/run (deterministic: same arguments, same bytes).

  generate.py site N OUT      OUT/eizin/content (site.yml + tr/*.md) and OUT/hugo (a Hugo
                              site using Benchmarks/hugo-layout): N pages of about 2 KB in
                              sections of about sqrt(N) pages, each section led by its own page.
  generate.py small N OUT     OUT/schema.json and N small JSON files OUT/files/dDDD/fNNNNN.json
                              (every tenth one invalid)
  generate.py large OUT       OUT/schema.json and 3 files of 10 MB, each one array of records
"""
import json, math, os, random, shutil, sys

WORDS = ("izin başvuru belge pasaport çalışma akademisyen üniversite işyeri kayıt sistem "
         "onay süre tarih imza form adım bilgi yabancı kimlik numara ücret sözleşme "
         "the permit application document step office review").split()


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng, rng.randint(8, 14)) for _ in range(5))


def layout(n):
    """[(section slug, [page slugs])]: about sqrt(n) sections; section pages count as pages."""
    per = max(2, int(round(math.sqrt(n))))
    sections, made = [], 0
    index = 0
    while made < n:
        index += 1
        size = min(per, n - made)
        slug = f"bolum-{index:03d}"
        pages = [f"{slug}-sayfa-{j:03d}" for j in range(1, size)]
        sections.append((slug, pages))
        made += size
    return sections


def body(rng, slug, next_slug, section_slug):
    parts = [paragraph(rng)]
    for h in range(1, 4):
        parts.append(f"## Başlık {h} {{#baslik-{h}}}")
        parts.append(paragraph(rng))
    parts.append(f"See [the next page]({next_slug}.md) and [the section]({section_slug}.md#baslik-1).")
    return "\n\n".join(parts) + "\n"


def site(n, out):
    rng = random.Random(n)
    sections = layout(n)
    order = [s for sec, pages in sections for s in [sec] + pages]
    section_of = {p: sec for sec, pages in sections for p in [sec] + pages}
    ec = os.path.join(out, "eizin", "content")
    os.makedirs(os.path.join(ec, "tr"), exist_ok=True)
    hc = os.path.join(out, "hugo", "content")
    os.makedirs(hc, exist_ok=True)
    with open(os.path.join(ec, "site.yml"), "w") as f:
        f.write('title:\n  tr: "Sentetik Kılavuz"\nrevision:\n  number: 1\n  date: 2024-07-31\n')
        f.write("languages:\n  - code: tr\n    name: Türkçe\n    navigation:\n")
        for sec, pages in sections:
            if pages:
                f.write(f"      - {sec}:\n")
                for p in pages:
                    f.write(f"          - {p}\n")
            else:
                f.write(f"      - {sec}\n")
    with open(os.path.join(out, "hugo", "hugo.toml"), "w") as f:
        f.write('baseURL = "https://example.org/"\nlanguageCode = "tr"\ntitle = "Sentetik Kılavuz"\n'
                'disableKinds = ["taxonomy", "term", "RSS"]\nrelativeURLs = true\n'
                '[markup.goldmark.parser.attribute]\n  title = true\n'
                '[markup.goldmark.renderer]\n  unsafe = false\n')
    for i, slug in enumerate(order):
        title = f"Sayfa {i + 1}: " + " ".join(rng.choice(WORDS) for _ in range(3))
        nxt = order[(i + 1) % len(order)]
        sec = section_of[slug]
        text = body(rng, slug, nxt, sec)
        front = f'---\ntitle: "{title}"\ndescription: "{sentence(rng, 8)}"\norder: {i + 1}\nupdated: 2024-07-31\n---\n'
        with open(os.path.join(ec, "tr", slug + ".md"), "w") as f:
            f.write(front + text)
        # Hugo: a section is a folder with _index.md; links use Hugo's relref-free relative form.
        def hugo_path(s):
            return f"/{section_of[s]}/_index.md" if s == section_of[s] else f"/{section_of[s]}/{s}.md"
        hugo_text = text.replace(f"({nxt}.md)", "({{< relref \"" + hugo_path(nxt) + "\" >}})") \
                        .replace(f"({sec}.md#baslik-1)", "({{< relref \"" + hugo_path(sec) + "#baslik-1\" >}})")
        hfront = f'---\ntitle: "{title}"\ndescription: "{sentence(rng, 8)}"\nweight: {i + 1}\ndate: 2024-07-31\n---\n'
        folder = os.path.join(hc, sec)
        os.makedirs(folder, exist_ok=True)
        name = "_index.md" if slug == sec else slug + ".md"
        with open(os.path.join(folder, name), "w") as f:
            f.write(hfront + hugo_text)
    layouts = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hugo-layout", "layouts")
    shutil.copytree(layouts, os.path.join(out, "hugo", "layouts"), dirs_exist_ok=True)
    with open(os.path.join(hc, "_index.md"), "w") as f:
        f.write('---\ntitle: "Sentetik Kılavuz"\n---\n' + paragraph(rng) + "\n")


SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["id", "name", "email", "birth", "tags", "address"],
    "properties": {
        "id": {"type": "string", "pattern": "^[0-9]{26}$"},
        "name": {"type": "string", "minLength": 1, "maxLength": 80},
        "email": {"type": "string", "pattern": "^[^@ ]+@[^@ ]+\\.[a-z]{2,}$"},
        "birth": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
        "score": {"type": "number", "minimum": 0, "maximum": 100},
        "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b", "c", "d"]}, "uniqueItems": True},
        "address": {
            "type": "object", "required": ["city"], "additionalProperties": False,
            "properties": {"city": {"type": "string"}, "zip": {"type": "string", "pattern": "^[0-9]{5}$"}},
        },
    },
    "additionalProperties": False,
}


def record(rng, i, bad=False):
    r = {
        "id": "".join(rng.choice("0123456789") for _ in range(26)),
        "name": " ".join(rng.choice(WORDS) for _ in range(2)),
        "email": f"user{i}@example.org",
        "birth": f"19{rng.randint(50, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        "score": rng.randint(0, 100),
        "tags": rng.sample(["a", "b", "c", "d"], 2),
        "address": {"city": rng.choice(WORDS), "zip": f"{rng.randint(10000, 99999)}"},
    }
    if bad:
        r["id"] = r["id"][:20]
        r["score"] = 150
    return r


def small(n, out):
    rng = random.Random(1)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "schema.json"), "w") as f:
        json.dump(SCHEMA, f, indent=2)
    for i in range(n):
        folder = os.path.join(out, "files", f"d{i // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"f{i:05d}.json"), "w") as f:
            json.dump(record(rng, i, bad=(i % 10 == 9)), f, indent=2, ensure_ascii=False)


def large(out):
    rng = random.Random(2)
    os.makedirs(out, exist_ok=True)
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "array", "items": SCHEMA}
    with open(os.path.join(out, "schema.json"), "w") as f:
        json.dump(schema, f, indent=2)
    for k in range(3):
        items, size, i = [], 0, 0
        while size < 10_000_000:
            r = record(rng, i)
            size += len(json.dumps(r, ensure_ascii=False)) + 2
            items.append(r)
            i += 1
        with open(os.path.join(out, f"large-{k}.json"), "w") as f:
            json.dump(items, f, ensure_ascii=False)


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "site":
        site(int(sys.argv[2]), sys.argv[3])
    elif kind == "small":
        small(int(sys.argv[2]), sys.argv[3])
    elif kind == "large":
        large(sys.argv[2])
    else:
        sys.exit(__doc__)
