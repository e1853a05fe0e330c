"""Deterministic synthetic news-like articles for engine tests and benchmarks.

Each article mixes what the extractors look for — states, capitals, officials,
quotes with attribution, oil-trade figures with sources — in wire-copy sentences, so
that a benchmark exercises the extractors as real coverage does. A seeded
``random.Random`` keeps every corpus identical across runs and machines.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

STATES = [
    ("Russia", "Russian", "Moscow", "Foreign Minister Sergey Lavrov"),
    ("China", "Chinese", "Beijing", "Foreign Ministry spokesperson Mao Ning"),
    ("Venezuela", "Venezuelan", "Caracas", "Vice President Delcy Rodríguez"),
    ("India", "Indian", "New Delhi", "Oil Minister Hardeep Singh Puri"),
    ("Iran", "Iranian", "Tehran", "Foreign Minister Abbas Araghchi"),
    ("Saudi Arabia", "Saudi", "Riyadh", "Energy Minister Prince Abdulaziz bin Salman"),
]
SOURCES = ["Reuters", "Kpler", "LSEG", "Vortexa"]
OUTLETS = ["Wire A", "Daily B", "Gazette C", "Herald D"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
FILLER = [
    "Analysts said the shift reflected tighter sanctions and weaker demand in Asia.",
    "Traders expect the discount to narrow once refiners return from maintenance.",
    "Shipping data showed tankers waiting off the coast for loading permits.",
    "The talks are expected to resume next week after a pause over the holidays.",
    "Officials declined to comment on the terms of the agreement.",
    "Prices rose in early trading as investors weighed the risk of supply disruptions.",
]


def article(index: int, rng: random.Random) -> dict:
    exporter, importer = rng.sample(STATES, 2)
    day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 365))
    volume = rng.randrange(100, 1900) * 1000
    share = rng.randrange(5, 95)
    price = rng.randrange(40, 95)
    month = MONTHS[(day.month - 2) % 12]
    paragraphs = [
        f"{exporter[2]} said on {day:%A} it would keep supplying {importer[0]} despite new sanctions, "
        f"while {importer[1]} officials called the measures “unilateral and illegal.”",
        f"{importer[0]} received about {volume:,} barrels per day of {exporter[1]} crude in {month}, "
        f"representing about {share}% of the country’s total oil exports, according to {rng.choice(SOURCES)}.",
        f"“We will not accept any pressure on our energy trade,” {exporter[1]} {exporter[3]} told reporters. "
        f"“Our partners know we are reliable.”",
        f"{importer[1]} refiners paid around ${price} a barrel for the cargoes, data from {rng.choice(SOURCES)} showed.",
    ]
    paragraphs += rng.sample(FILLER, 3)
    return {
        "id": f"syn-{index:06d}",
        "title": f"{importer[0]} keeps buying {exporter[1]} oil",
        "publish_date": day.isoformat(),
        "media_name": rng.choice(OUTLETS),
        "language": "en",
        "text": "\n\n".join(paragraphs),
    }


def articles(n: int, seed: int = 7):
    rng = random.Random(seed)
    return (article(i, rng) for i in range(n))


def write_jsonl(path: Path, n: int, seed: int = 7) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in articles(n, seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
