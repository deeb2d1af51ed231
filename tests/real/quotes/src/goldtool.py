"""Hand-annotation helper: turns hand-written rows (quote start snippet + speaker fields)
into <slug>.quotes.csv with exact offsets, and lists quote spans left unannotated.

Row spec: (snippet, speaker, speaker_text, cue, kind[, occurrence])  -- snippet is the first
characters of the quote (right after the opening mark); the span runs to the matching closing
mark, or to the end of the paragraph when the quote continues into the next paragraph.
"""

import csv
import re

OPEN_CLOSE = {'"': '"', "“": "”", "‘": "’", "'": "'"}


def paragraph_of(text, pos):
    # paragraph 0 = headline line; paragraphs separated by blank lines
    before = text[:pos]
    return len(re.findall(r"\n\s*\n", before))


def _find_close(text, j, om):
    if om in ('"', "“"):
        ks = [k for k in (text.find('"', j), text.find("”", j)) if k != -1]
        return min(ks) if ks else -1
    return text.find(OPEN_CLOSE[om], j)


def close_of(text, start, om):
    j = start
    while True:
        k = _find_close(text, j, om)
        nl = text.find("\n", start)
        if k == -1 or (nl != -1 and nl < k):
            end = nl if nl != -1 else len(text)
            return end, False
        if om in ("‘", "'") and k + 1 < len(text) and text[k + 1].isalpha():
            j = k + 1  # apostrophe inside word
            continue
        return k, True


def locate(text, snippet, pos, marks):
    while True:
        i = text.find(snippet, pos)
        if i == -1:
            raise ValueError("snippet not found: %r after %d" % (snippet, pos))
        if i > 0 and text[i - 1] in marks:
            return i, text[i - 1]
        # continuation paragraph may open with a mark too; otherwise keep searching
        pos = i + 1


def build(text, rows, marks='"“'):
    out = []
    pos = 0
    for r in rows:
        snippet, speaker, stext, cue, kind = r[:5]
        s, om = locate(text, snippet, pos, marks)
        e, closed = close_of(text, s, om)
        if len(r) > 5 and r[5]:  # exact quote text given by hand (nested marks)
            e = s + len(r[5])
            closed = True
            assert text[s:e] == r[5], (r, text[s:e])
        q = text[s:e]
        if not closed:
            q = q.rstrip()
            e = s + len(q)
        out.append(
            dict(
                quote=q,
                speaker=speaker,
                speaker_text=stext,
                cue=cue,
                kind=kind,
                start=s,
                end=e,
                paragraph=paragraph_of(text, s),
            )
        )
        pos = e
    return out


def spans(text, marks='"“'):
    """All (start, end) spans opened by a quote mark (straight quotes paired left to right)."""
    res = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in marks and ch in OPEN_CLOSE and (ch != "'" or i == 0 or not text[i - 1].isalpha()):
            if ch in ("”",):
                i += 1
                continue
            e, _closed = close_of(text, i + 1, ch)
            if e > i + 1:  # a stray mark at a paragraph's end opens nothing
                res.append((i + 1, e))
            i = e + 1
        else:
            i += 1
    return res


def write(path_txt, rows, marks='"“'):
    text = open(path_txt, encoding="utf-8").read()
    got = build(text, rows, marks)
    path_csv = path_txt[:-4] + ".quotes.csv"
    with open(path_csv, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(
            f,
            fieldnames=[
                "quote",
                "speaker",
                "speaker_text",
                "cue",
                "kind",
                "start",
                "end",
                "paragraph",
            ],
            lineterminator="\n",
        )
        w.writeheader()
        for g in got:
            w.writerow(g)
    covered = {(g["start"]) for g in got}
    missing = [(s, e, text[s:e][:60]) for s, e in spans(text, marks) if s not in covered]
    return got, missing
