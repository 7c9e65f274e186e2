"""Train kroniek's NER model for one language from CoNLL data, and install it in the package.

    python scripts/ner/train.py nl --shared ../shared        # about 20 minutes on 2 cores

Data: CoNLL-2002 ``ned.train`` (dev ``ned.testa``) for nl, CoNLL-2003 ``eng.train`` (dev
``eng.testa``) for en, from ``../shared/data``. The model (tok2vec + ner) is written to
``src/kroniek/models/<lang>/``; the build folder keeps the converted corpora and logs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import spacy

import kroniek.pipeline  # noqa: F401  (registers kroniek.GazetteerEmbed.v1 for loading)
from kroniek.evaluate.conll import FORMATS, dev_path, to_docbin, train_path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = Path(__file__).with_name("config.cfg")


def pretrain(raw_text: Path, output: Path, lang: str, config: Path = CONFIG) -> Path:
    """Pretrain the tok2vec layer of ``config`` on raw text; return the last epoch's weights."""
    command = [
        sys.executable, "-m", "spacy", "pretrain", str(config), str(output),
        "--code", str(ROOT / "src" / "kroniek" / "pipeline" / "ner_features.py"),
        "--paths.raw_text", str(raw_text), "--nlp.lang", lang,
    ]  # fmt: skip
    with (output.parent / "pretrain.log").open("w") as log:
        subprocess.run(command, check=True, stdout=log, stderr=subprocess.STDOUT)
    return max(output.glob("model*.bin"), key=lambda p: p.stat().st_mtime)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("lang", choices=sorted(FORMATS))
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--build", type=Path, default=ROOT / "build" / "ner")
    parser.add_argument("--max-steps", type=int, default=None, help="override the config's max_steps")
    parser.add_argument(
        "--pretrain",
        type=Path,
        metavar="JSONL",
        help="first pretrain the tok2vec on this raw text (spaCy's character objective)",
    )
    parser.add_argument("--config", type=Path, default=CONFIG, help="training config (default: %(default)s)")
    parser.add_argument(
        "--target",
        type=Path,
        default=None,
        help="where to put the trained model (default: the package's models/<lang>, replacing it)",
    )
    args = parser.parse_args()

    encoding = FORMATS[args.lang]
    build = args.build / args.lang
    build.mkdir(parents=True, exist_ok=True)
    for split, path in (
        ("train", train_path(args.shared, args.lang)),
        ("dev", dev_path(args.shared, args.lang)),
    ):
        to_docbin(path, encoding).to_disk(build / f"{split}.spacy")

    command = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(args.config),
        # kroniek's registered architectures (kroniek.GazetteerEmbed.v1) and components
        "--code",
        str(ROOT / "src" / "kroniek" / "pipeline" / "ner_features.py"),
        "--output",
        str(build / "output"),
        "--paths.train",
        str(build / "train.spacy"),
        "--paths.dev",
        str(build / "dev.spacy"),
        "--nlp.lang",
        args.lang,
    ]
    if args.max_steps:
        command += ["--training.max_steps", str(args.max_steps)]
    started = time.time()
    if args.pretrain:
        weights = pretrain(args.pretrain, build / "pretrain", args.lang, args.config)
        command += ["--paths.init_tok2vec", str(weights)]
    with (build / "train.log").open("w") as log:
        subprocess.run(command, check=True, stdout=log, stderr=subprocess.STDOUT)
    minutes = (time.time() - started) / 60

    best = build / "output" / "model-best"
    target = args.target or ROOT / "src" / "kroniek" / "models" / args.lang
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(best, target)
    meta = json.loads((target / "meta.json").read_text())
    meta["kroniek"] = {
        "training_minutes": round(minutes, 1),
        "train": str(train_path(Path("../shared"), args.lang)),
        "dev": str(dev_path(Path("../shared"), args.lang)),
    }
    (target / "meta.json").write_text(json.dumps(meta, indent=2))
    nlp = spacy.load(target)
    print(
        f"{args.lang}: trained in {minutes:.1f} min; dev F1 {meta['performance']['ents_f']:.3f}; "
        f"pipeline {nlp.pipe_names} in {target}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
