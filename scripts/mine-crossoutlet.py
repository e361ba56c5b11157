#!/usr/bin/env python3
"""Mine candidate cross-outlet quotation copies from real news, for hand checking.

Used to build fixtures/crossoutlet/ (see its README.md). It only proposes candidates; every
group, verdict and look-alike in fixtures/crossoutlet/gold.json was decided by reading the
copies in their paragraphs, never by running claimdb.

Sources
  ../shared/abp/news.jsonl.gz        fields id, title, content_original, url, source, date
  ../shared/polnear/train/text/*.txt  outlet and date from ../shared/polnear/metadata.tsv

Method
  1. Every article is laid out as the fixture files are: title, blank line, body (abp:
     title + "\\n\\n" + content_original; polnear: the text file as it is).
  2. Quoted spans are found paragraph by paragraph in three styles: curly “...”, straight
     "...", and ''...'' (two apostrophes, the style of some wire copy). A curly quote left open
     at the paragraph end runs to the end of the paragraph.
  3. Each span is normalised (lower case, curly/straight apostrophes unified, words =
     [a-z0-9']+) and cut into word 6-grams. A 6-gram is kept when its quoted occurrences come
     from at least two outlets (outlet = brand: "Fox News (Online)" and "Fox Online News" are
     one outlet, "New York Times - News" and polnear "nyt" are one outlet).
  4. Pairs of spans from different outlets that share a kept 6-gram are scored by containment
     (shared 6-grams / 6-grams of the shorter span). Pairs with containment >= 0.6 are joined
     (union-find) into candidate groups; pairs with containment <= 0.35 are written out as
     look-alike candidates (a shared phrase inside different statements).
  5. Flags help the reader search for the rare verdicts: NUM (the aligned copies carry
     different numbers), NEG (a not/n't/never at one copy's aligned place and not at the
     other's), and the "said"-names near each copy so a differing speaker stands out.

  6. Star view (what the hand check read first): spans are taken longest first; each still
     unassigned span becomes a centre, and every span of another article whose 6-grams are at
     least 60% inside the centre's joins it (no chaining: only direct containment in the centre).
     One copy per outlet is kept, the one in the shortest article. Each member is printed with
     its words, 220 characters of context either side, and a word diff against the centre.

Output (to --out, default /work/scratch/crossgold):
  stars.txt       star candidates (step 6), most outlets first, with context and word diffs
  groups.txt      union-find candidate groups (step 4), largest first, each copy with outlet,
                  date, file name and its paragraph (chains through shared phrases: read with care)
  lookalikes.txt  candidate look-alike pairs with both paragraphs
  index.pkl       articles and spans, for the fixture writer

Usage: python3 scripts/mine-crossoutlet.py [--out DIR] [--max-postings N]
"""
import argparse, collections, difflib, gzip, json, os, pickle, re, sys

ABP = '/work/shared/abp/news.jsonl.gz'
POLNEAR = '/work/shared/polnear'

POLNEAR_BRAND = {'nyt': 'new york times', 'wash-post': 'washington post', 'usa-today': 'usa today',
                 'huff-post': 'huffpost', 'politico': 'politico', 'breitbart': 'breitbart',
                 'west-journal': 'western journal'}
POLNEAR_OUTLET = {'nyt': 'New York Times', 'wash-post': 'Washington Post', 'usa-today': 'USA TODAY',
                  'huff-post': 'HuffPost', 'politico': 'Politico', 'breitbart': 'Breitbart',
                  'west-journal': 'Western Journal'}


def brand(outlet):
    b = outlet.lower().strip()
    b = re.sub(r'\(.*?\)', '', b)
    b = re.sub(r'\s+-\s+.*$', '', b)
    b = re.sub(r'\b(online news|online|opinion|editorial board|editorial|web news)\b', '', b)
    b = b.replace('nbcnews.com', 'nbc news').replace('ap fact check', 'associated press')
    b = re.sub(r'^yahoo!.*', 'yahoo', b)
    b = re.sub(r'^the ', '', b)
    b = re.sub(r'\s+', ' ', b).strip()
    if b in ('fox news', 'fox'):
        b = 'fox'
    if b.startswith('nbc'):
        b = 'nbc'
    return b


def load_articles():
    arts = {}
    with gzip.open(ABP, 'rt') as f:
        for line in f:
            d = json.loads(line)
            body = d.get('content_original') or ''
            text = (d.get('title') or '').strip() + '\n\n' + body
            arts['abp_' + d['id']] = dict(text=text, url=d.get('url') or '', outlet=d['source'],
                                         brand=brand(d['source']), date=(d.get('date') or '')[:10])
    meta = {}
    with open(os.path.join(POLNEAR, 'metadata.tsv')) as f:
        hdr = f.readline().rstrip('\n').split('\t')
        for line in f:
            r = dict(zip(hdr, line.rstrip('\n').split('\t')))
            meta[r['filename']] = r
    tdir = os.path.join(POLNEAR, 'train', 'text')
    for fn in sorted(os.listdir(tdir)):
        stem = fn[:-4]
        m = meta.get(stem, {})
        pub = m.get('publisher', stem.split('_')[0])
        with open(os.path.join(tdir, fn), encoding='utf-8') as f:
            text = f.read()
        arts['polnear_' + stem] = dict(text=text, url='', outlet=POLNEAR_OUTLET.get(pub, pub),
                                       brand=POLNEAR_BRAND.get(pub, pub),
                                       date=m.get('publication_date', stem.split('_')[1]))
    return arts


QUOTE_RES = [
    re.compile(r'“([^“”]{10,}?)(?:”|$)'),
    re.compile(r'(?<![A-Za-z0-9])"([^"\n]{10,}?)"'),
    re.compile(r"''([^'\n](?:[^'\n]|'(?!'))*?)''"),
]
WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")


def words(s):
    s = s.lower().replace('’', "'").replace('‘', "'")
    return WORD.findall(s)


def spans(text):
    """(start, end, paragraph start, paragraph end) of quoted spans, positions into text."""
    out = []
    pos = 0
    for para in text.split('\n'):
        for rx in QUOTE_RES:
            for m in rx.finditer(para):
                out.append((pos + m.start(1), pos + m.end(1), pos, pos + len(para)))
        pos += len(para) + 1
    return out


def grams(ws, n=6):
    return {' '.join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


NUM = re.compile(r'^\d|^(one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|percent)$')
NEG = {'not', "n't", 'never', 'no', 'nobody', 'nothing'}


def flags(wa, wb):
    fl = set()
    sm = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == 'equal':
            continue
        da, db = wa[i1:i2], wb[j1:j2]
        if op == 'replace' and any(NUM.match(w) for w in da + db):
            fl.add('NUM')
        if op == 'replace' and (any(w in NEG or w.endswith("n't") for w in da) !=
                                any(w in NEG or w.endswith("n't") for w in db)):
            fl.add('NEG')
    return fl


SAID = re.compile(r"(?:said|says|told|added|wrote|tweeted)\s+((?:[A-Z][\w.'’-]+\s?){1,3})|((?:[A-Z][\w.'’-]+\s?){1,3})\s(?:said|says|told|added|wrote|tweeted)")


def said_names(par):
    return sorted({(a or b).strip() for a, b in SAID.findall(par)} - {'He', 'She', 'It', 'They', 'The', 'I', 'We'})


def write_stars(arts, sp, post, path):
    G = [grams(x[5]) for x in sp]
    order = sorted(range(len(sp)), key=lambda k: -len(sp[k][5]))
    assigned = set()
    stars = []
    for c in order:
        if c in assigned:
            continue
        cnt = collections.Counter()
        for g in G[c]:
            ks = post.get(g, ())
            if len(ks) > 3000:
                continue
            for k in ks:
                if k != c:
                    cnt[k] += 1
        mem = [k for k, n in cnt.items() if n / len(G[k]) >= 0.6 and k not in assigned and sp[k][0] != sp[c][0]]
        cb = arts[sp[c][0]]['brand']
        best = {}
        for k in mem:
            b = arts[sp[k][0]]['brand']
            if b == cb:
                continue
            if b not in best or len(arts[sp[k][0]]['text']) < len(arts[sp[best[b]][0]]['text']):
                best[b] = k
        if best:
            stars.append((c, list(best.values())))
            assigned.add(c)
            assigned.update(mem)

    def ctx(k, n=220):
        aid, s, e, ps, pe, ws = sp[k]
        t = arts[aid]['text']
        return (t[max(ps, s - n):s] + '⟦…⟧' + t[e:min(pe, e + n)]).replace('\n', ' ')

    def diff(a, b):
        sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
        return ' '.join('%s[%s|%s]' % (op[0], ' '.join(a[i1:i2]), ' '.join(b[j1:j2]))
                        for op, i1, i2, j1, j2 in sm.get_opcodes() if op != 'equal')
    with open(path, 'w') as f:
        for si, (c, mem) in enumerate(sorted(stars, key=lambda x: -len(x[1]))):
            fl = set()
            for k in mem:
                fl |= flags(sp[c][5], sp[k][5])
            f.write('=== S%04d copies=%d flags=%s c=%d\n' % (si, len(mem) + 1, ','.join(sorted(fl)), c))
            for k in [c] + mem:
                aid, s, e = sp[k][:3]
                art = arts[aid]
                f.write('--- #%d %s | %s | %s | len=%d\n  Q: %s\n  C: %s\n' % (
                    k, aid, art['outlet'], art['date'], len(art['text']), art['text'][s:e], ctx(k)))
                if k != c:
                    f.write('  D: %s\n' % diff(sp[c][5], sp[k][5]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='/work/scratch/crossgold')
    ap.add_argument('--max-postings', type=int, default=400)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    arts = load_articles()
    sp = []  # (aid, start, end, pstart, pend, words)
    for aid, art in arts.items():
        for s, e, ps, pe in spans(art['text']):
            ws = words(art['text'][s:e])
            if len(ws) >= 6:
                sp.append((aid, s, e, ps, pe, ws))
    print(len(arts), 'articles', len(sp), 'quoted spans of 6+ words', file=sys.stderr)
    post = collections.defaultdict(list)
    for k, x in enumerate(sp):
        for g in grams(x[5]):
            post[g].append(k)
    gsets = {}
    pairs = collections.Counter()
    for g, ks in post.items():
        if len(ks) < 2 or len(ks) > a.max_postings:
            continue
        if len({arts[sp[k][0]]['brand'] for k in ks}) < 2:
            continue
        for i in range(len(ks)):
            for j in range(i + 1, len(ks)):
                p, q = ks[i], ks[j]
                if arts[sp[p][0]]['brand'] != arts[sp[q][0]]['brand']:
                    pairs[(p, q)] += 1
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    looks = []
    for (p, q), n in pairs.items():
        gp = gsets.setdefault(p, grams(sp[p][5]))
        gq = gsets.setdefault(q, grams(sp[q][5]))
        c = n / min(len(gp), len(gq))
        if c >= 0.6:
            parent[find(p)] = find(q)
        elif c <= 0.35:
            looks.append((p, q, n, c))
    comps = collections.defaultdict(list)
    for k in parent:
        comps[find(k)].append(k)
    groups = sorted(comps.values(), key=lambda m: -len({arts[sp[k][0]]['brand'] for k in m}))

    def para(k):
        aid, s, e, ps, pe, ws = sp[k]
        t = arts[aid]['text']
        return t[ps:s] + '⟦' + t[s:e] + '⟧' + t[e:pe]
    with open(os.path.join(a.out, 'groups.txt'), 'w') as f:
        for gi, m in enumerate(groups):
            m = sorted(m, key=lambda k: -len(sp[k][5]))
            nb = len({arts[sp[k][0]]['brand'] for k in m})
            fl = set()
            for k in m[1:]:
                fl |= flags(sp[m[0]][5], sp[k][5])
            names = {n for k in m for n in said_names(para(k))}
            f.write('=== C%04d brands=%d spans=%d flags=%s\n' % (gi, nb, len(m), ','.join(sorted(fl))))
            for k in m:
                aid = sp[k][0]
                art = arts[aid]
                f.write('--- %s | %s | %s | len=%d | said=%s\n' % (aid, art['outlet'], art['date'],
                        len(art['text']), said_names(para(k))))
                f.write(para(k)[:1500] + '\n')
    looks.sort(key=lambda x: -x[2])
    with open(os.path.join(a.out, 'lookalikes.txt'), 'w') as f:
        seen = set()
        for p, q, n, c in looks:
            key = tuple(sorted((' '.join(sp[p][5]), ' '.join(sp[q][5]))))
            if key in seen:
                continue
            seen.add(key)
            f.write('=== shared=%d containment=%.2f\n' % (n, c))
            for k in (p, q):
                art = arts[sp[k][0]]
                f.write('--- %s | %s | %s | len=%d\n%s\n' % (sp[k][0], art['outlet'], art['date'],
                        len(art['text']), para(k)[:1200]))
    write_stars(arts, sp, post, os.path.join(a.out, 'stars.txt'))
    with open(os.path.join(a.out, 'index.pkl'), 'wb') as f:
        pickle.dump(arts, f)
    print(len(groups), 'candidate groups;', sum(1 for m in groups if len({arts[sp[k][0]]['brand'] for k in m}) >= 5),
          'with 5+ outlets;', len(looks), 'look-alike pairs', file=sys.stderr)


if __name__ == '__main__':
    main()
