#!/usr/bin/env python3
"""Scores Entente's events on the Reuters 1987 accuracy sets (see README.md beside this file).

  score.py recall EVENTS.jsonl GOLD.jsonl [--why]   recall on a judged sample of sentences
  score.py sample EVENTS.jsonl N SEED OUT.jsonl      draws N coded events at random for judging
  score.py precision VERDICTS.jsonl                  precision from a judged event sample

EVENTS.jsonl is what `entente code` writes for ../shared/corpora/reuters21578-ir.jsonl.
Sentences are identified by document id and sentence index, as `entente code` numbers them.
"""
import collections
import json
import random
import sys


def country(actor):
    code = actor.get("code") or ""
    if code.startswith("IGO") or code.startswith("NGO"):
        return "IGO"
    return (actor.get("country") or code)[:3]


# Historic codes a judge may write for a state of 1987, and the code Entente gives it (its
# successor's, as CAMEO and GDELT do: countries.tsv): the same state either way.
HISTORIC_CODES = {"YUG": "SRB", "SUN": "RUS", "USR": "RUS", "DDR": "DEU", "GDR": "DEU",
                  "FRG": "DEU", "CSK": "CZE", "ZAR": "COD", "BUR": "MMR",
                  # the same state under another code: Kosovo is KSV in the CAMEO and Phoenix
                  # dictionaries, XKX in Entente (countries.tsv); Romania ROU in ISO, ROM in CAMEO
                  "KSV": "XKX", "ROU": "ROM"}


def gold_country(code):
    code = (code or "").upper()
    if code.startswith("IGO") or code.startswith("NGO"):
        return "IGO"
    return HISTORIC_CODES.get(code[:3], code[:3])


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def recall(events_path, gold_path, why):
    by_sentence = collections.defaultdict(list)
    for event in read_jsonl(events_path):
        by_sentence[(event["doc_id"], event["sentence"])].append(event)
    total = found = named = named_found = coded = coded_matching = 0
    for record in read_jsonl(gold_path):
        coded_here = by_sentence.get((record["doc_id"], record["sentence"]), [])
        coded += len(coded_here)
        used = set()
        for gold in record["events"]:
            total += 1
            is_named = bool(gold.get("named_in_sentence"))
            named += is_named
            root = str(gold["root"])[:2].zfill(2)
            matches = [
                e for e in coded_here
                if country(e["source"]) == gold_country(gold["source"])
                and country(e["target"]) == gold_country(gold["target"])
                and e["root"] == root
            ]
            if matches:
                found += 1
                named_found += is_named
                used.update(e["id"] for e in matches)
            elif why:
                print(f"missed n={record['n']} {gold['source']}->{gold['target']} {root}"
                      f" '{gold.get('trigger', '')}'")
        coded_matching += len(used)
    print(f"gold events found: {found}/{total} = {found / max(total, 1):.3f}")
    print(f"  with both actors named in the sentence: {named_found}/{named}"
          f" = {named_found / max(named, 1):.3f}")
    print(f"coded events in the sampled sentences: {coded}, matching a gold event: {coded_matching}")


def sample(events_path, n, seed, out_path):
    events = read_jsonl(events_path)
    random.seed(seed)
    chosen = random.sample(events, min(n, len(events)))
    with open(out_path, "w", encoding="utf-8") as out:
        for k, e in enumerate(chosen, 1):
            out.write(json.dumps({
                "n": k, "id": e["id"], "doc_id": e["doc_id"], "sentence": e["sentence"],
                "source": e["source"]["code"], "source_text": e["source"]["text"],
                "target": e["target"]["code"], "target_text": e["target"]["text"],
                "cameo": e["cameo"], "root": e["root"], "modality": e["modality"],
                "negated": e["negated"], "trigger": e["trigger"]["text"],
            }) + "\n")
    print(f"{len(chosen)} of {len(events)} events drawn with seed {seed} into {out_path}")


def precision(verdicts_path):
    verdicts = read_jsonl(verdicts_path)
    counts = collections.Counter()
    for v in verdicts:
        for key in ("event", "actors", "root", "modality"):
            counts[key] += bool(v.get(key))
        counts["right"] += bool(v.get("event") and v.get("actors") and v.get("root"))
    n = len(verdicts)
    print(f"judged events: {n}")
    print(f"right (event, actors and root): {counts['right']}/{n} = {counts['right'] / max(n, 1):.3f}")
    for key in ("event", "actors", "root", "modality"):
        print(f"  {key} right: {counts[key]}/{n} = {counts[key] / max(n, 1):.3f}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 3 and args[0] == "recall":
        recall(args[1], args[2], "--why" in args)
    elif len(args) == 5 and args[0] == "sample":
        sample(args[1], int(args[2]), int(args[3]), args[4])
    elif len(args) == 2 and args[0] == "precision":
        precision(args[1])
    else:
        sys.exit(__doc__)
