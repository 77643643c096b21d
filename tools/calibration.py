#!/usr/bin/env python3
"""Calibration of Whosaid's attribution confidence against gold annotations.

For each confidence bin, the share of predicted quotes (matched to a gold quote with a speaker)
whose speaker is right, using the matching and name comparison of ../shared/eval/score.py
(imported from there, not copied).

usage: tools/calibration.py GOLD.jsonl PRED.jsonl [--speech-only] [--kinds direct]
"""
import argparse
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "eval", "score.py"))
BINS = [(0.0, 0.5), (0.5, 0.8), (0.8, 1.0001)]


def load_scorer():
    if not os.path.exists(SCORER):
        sys.exit(f"calibration: the scorer is not at {SCORER}")
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold")
    parser.add_argument("pred")
    parser.add_argument("--kinds", help="comma list of gold kinds, e.g. direct")
    parser.add_argument("--speech-only", action="store_true")
    args = parser.parse_args()
    score = load_scorer()
    kinds = set(args.kinds.split(",")) if args.kinds else None
    cues = score.load_cues() if args.speech_only else None
    gold, pred = score.load(args.gold), score.load(args.pred)

    counts = [[0, 0] for _ in BINS]  # [right, total] per bin
    for doc_id, g in gold.items():
        text = g["text"]
        golds = [q for q in g["quotes"] if q.get("kind") != "mention"
                 and (kinds is None or q.get("kind") in kinds)
                 and (cues is None or score.is_speech(q, text, cues))]
        preds = [q for q in pred.get(doc_id, {}).get("quotes", []) if q.get("kind") != "mention"]
        aliases = g.get("aliases", {})
        for gi, pi in score.match(golds, preds, 0.5):
            gq, pq = golds[gi], preds[pi]
            speaker = gq.get("speaker")
            if not speaker:
                continue
            names = ([speaker] + aliases.get(speaker, [])
                     + [text[s:e] for s, e in gq.get("speaker_mentions", [])])
            right = score.same_person(pq.get("speaker"), names) or (
                not score.is_name(speaker) and speaker not in aliases
                and score.mention_overlaps(pq, gq))
            confidence = float(pq.get("confidence") or 0.0)
            for b, (low, high) in enumerate(BINS):
                if low <= confidence < high:
                    counts[b][0] += int(bool(right))
                    counts[b][1] += 1
    print("| confidence | attributions | correct | share correct |")
    print("|---|---:|---:|---:|")
    for (low, high), (right, total) in zip(BINS, counts):
        share = right / total if total else 0.0
        print(f"| {low:.1f}–{min(high, 1.0):.1f} | {total} | {right} | {share:.3f} |")


if __name__ == "__main__":
    main()
