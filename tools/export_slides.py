"""Exports executed notebooks to reveal.js slide decks that work with no network.

    /usr/bin/python3 tools/export_slides.py [--executed DIR] [--out DIR]

Reads the executed notebooks that tests/run_notebooks.py wrote (default build/executed), and
writes one deck per notebook (NAME.slides.html) into the output folder (default build/slides),
beside local copies of reveal.js, MathJax 2, RequireJS and jQuery taken from node_modules
(`npm ci` in the repository root installs them). Plots are embedded in the decks as images.
Open a deck with any browser straight from the folder: file:///.../build/slides/00-welcome.slides.html
"""
import argparse
import pathlib
import shutil
import sys

import nbformat
from nbconvert import SlidesExporter

ROOT = pathlib.Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"

# Each asset: where it comes from under node_modules, where it goes in the deck folder.
# MathJax 2 is the version nbconvert 6 loads; only what the TeX-AMS_CHTML-full configuration
# reads is copied (about 5 MB of its 73).
ASSETS = [
    ("reveal.js/dist", "reveal.js/dist"),
    ("reveal.js/plugin", "reveal.js/plugin"),
    ("requirejs/require.js", "require.js"),
    ("jquery/dist/jquery.min.js", "jquery.min.js"),
    ("mathjax/MathJax.js", "mathjax/MathJax.js"),
    ("mathjax/config/TeX-AMS_CHTML-full.js", "mathjax/config/TeX-AMS_CHTML-full.js"),
    ("mathjax/extensions", "mathjax/extensions"),
    ("mathjax/jax/input/TeX", "mathjax/jax/input/TeX"),
    ("mathjax/jax/output/CommonHTML", "mathjax/jax/output/CommonHTML"),
    ("mathjax/jax/element", "mathjax/jax/element"),
    ("mathjax/fonts/HTML-CSS/TeX/woff", "mathjax/fonts/HTML-CSS/TeX/woff"),
]


def copy_assets(out):
    for source, target in ASSETS:
        source_path, target_path = NODE_MODULES / source, out / target
        if not source_path.exists():
            sys.exit(f"export_slides: {source_path} is missing; run 'npm ci' in {ROOT}")
        target_path.parent.mkdir(parents=True, exist_ok=True)
        if source_path.is_dir():
            shutil.copytree(source_path, target_path, dirs_exist_ok=True)
        else:
            shutil.copy2(source_path, target_path)


# Code and text outputs wrap at the slide's edge instead of running off it (a cell's width is the
# notebook's, wider than a slide).
WRAP_LONG_LINES = """<style>
.reveal .jp-InputArea-editor pre, .reveal .jp-OutputArea-output pre { white-space: pre-wrap; overflow-wrap: anywhere; }
</style>
"""


def exporter():
    slides = SlidesExporter()
    slides.reveal_url_prefix = "reveal.js"
    slides.reveal_scroll = True
    slides.require_js_url = "require.js"
    slides.jquery_url = "jquery.min.js"
    slides.mathjax_url = "mathjax/MathJax.js?config=TeX-AMS_CHTML-full,Safe"
    return slides


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--executed", type=pathlib.Path, default=ROOT / "build" / "executed")
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "build" / "slides")
    args = parser.parse_args()
    notebooks = sorted(args.executed.glob("*.ipynb"))
    if not notebooks:
        sys.exit(f"export_slides: no executed notebooks in {args.executed}; run tests/run_notebooks.py first")
    args.out.mkdir(parents=True, exist_ok=True)
    copy_assets(args.out)
    slides = exporter()
    for notebook in notebooks:
        body, _ = slides.from_notebook_node(nbformat.read(notebook, as_version=4))
        body = body.replace("</head>", WRAP_LONG_LINES + "</head>", 1)
        deck = args.out / (notebook.stem + ".slides.html")
        deck.write_text(body, encoding="utf-8")
        print(f"deck {deck.relative_to(args.out.parent) if args.out.parent in deck.parents else deck}")
    print(f"slides: {len(notebooks)} decks in {args.out}")


if __name__ == "__main__":
    main()
