"""Exports executed notebooks to reveal.js slide decks that work with no network.

    /usr/bin/python3 tools/export_slides.py [--executed DIR] [--out DIR]

Reads the executed notebooks that tests/run_notebooks.py wrote (default build/executed), and
writes one deck per notebook (NAME.slides.html) into the output folder (default build/slides),
beside local copies of reveal.js, MathJax 2, RequireJS and jQuery taken from node_modules
(`npm ci` in the repository root installs them). Plots are embedded in the decks as images,
SVG drawings (the computational graphs) inline. Slides are 1280x700; tests/browser/slides.mjs
checks that each one fits and shows every picture of its notebook.
Open a deck with any browser straight from the folder: file:///.../build/slides/00-welcome.slides.html
"""
import argparse
import base64
import copy
import pathlib
import re
import shutil
import struct
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
    ("mathjax/config/Safe.js", "mathjax/config/Safe.js"),      # the ",Safe" of mathjax_url
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
    # nbconvert's theme, "simple", imports two Google fonts; offline they fail and the decks use
    # the local fallbacks anyway, so the decks ask no server for them.
    for theme in (out / "reveal.js/dist/theme").glob("*.css"):
        css = theme.read_text(encoding="utf-8")
        theme.write_text(re.sub(r"@import url\(https?://[^)]*\);\n?", "", css), encoding="utf-8")


# Slides are 1280x700 (reveal.js scales them to the window). Code and text outputs wrap at the
# slide's edge instead of running off it (a cell's width is the notebook's); the "In [3]:" prompts
# are hidden; code is 16 px instead of nbconvert's 19, tables 15 px. Pictures shrink to fit their
# column and at most 440 px of the slide's height (590 px on a sub-slide of their own), keeping
# their proportions. A code cell whose pictures are at most BESIDE_MAX_WIDTH wide shows them
# beside its code (see beside_code), so that code and picture share the slide's height.
SLIDE_WIDTH, SLIDE_HEIGHT = 1280, 700
BESIDE_MAX_WIDTH = 860
BESIDE = "picture-beside-code"
OUTPUTS_APART = "outputs-on-next-slide"     # a cell tag, set in the notebook (see outputs_apart)
DECK_STYLE = f"""<style>
.reveal .jp-InputArea-editor pre, .reveal .jp-OutputArea-output pre {{ white-space: pre-wrap; overflow-wrap: anywhere; }}
.reveal .jp-InputPrompt, .reveal .jp-OutputPrompt {{ display: none; }}
:root {{ --jp-code-font-size: 16px; }}
.reveal .jp-OutputArea-output table {{ font-size: 15px; }}
.reveal .jp-OutputArea-output td, .reveal .jp-OutputArea-output th {{ padding: 0.2em 0.5em; }}
.reveal .jp-OutputArea-output img, .reveal .jp-OutputArea-output svg {{
  max-width: 100%; max-height: 440px; height: auto; object-fit: contain;
}}
.reveal .celltag_{OUTPUTS_APART} .jp-OutputArea-output img, .reveal .celltag_{OUTPUTS_APART} .jp-OutputArea-output svg {{
  max-height: 590px;
}}
.reveal .jp-CodeCell.celltag_{BESIDE} {{ display: flex; align-items: flex-start; gap: 12px; }}
.reveal .celltag_{BESIDE} > .jp-Cell-inputWrapper {{ flex: 1 1 0; min-width: 30%; }}
.reveal .celltag_{BESIDE} > .jp-Cell-outputWrapper {{ flex: 0 1 auto; max-width: 70%; }}
</style>
"""
# MathJax's fast preview stays on screen beside the typeset formula when the template re-renders
# a slide's formulas on 'slidechanged', so every formula showed twice: no preview.
MATHJAX_SCRIPT = '<script src="mathjax/MathJax.js'
NO_MATH_PREVIEW = """<script type="text/x-mathjax-config">MathJax.Hub.Config({"fast-preview": {disabled: true}});</script>
"""
DECK_SIZE = f"Reveal.initialize({{\n            width: {SLIDE_WIDTH}, height: {SLIDE_HEIGHT},"


def picture_width(output):
    """How wide a PNG or SVG output is shown in the notebook, in CSS pixels; None for other outputs."""
    data, metadata = output.get("data", {}), output.get("metadata", {})
    if "image/png" in data:
        shown = metadata.get("image/png", {}).get("width")
        if shown:
            return float(shown)
        png = base64.b64decode(data["image/png"])
        return float(struct.unpack(">I", png[16:20])[0])    # the IHDR chunk's width
    if "image/svg+xml" in data:
        found = re.search(r'<svg[^>]*\swidth="([0-9.]+)', data["image/svg+xml"])
        return float(found.group(1)) if found else None
    return None


def beside_code(notebook):
    """Tags each code cell whose pictures are at most BESIDE_MAX_WIDTH wide to show them beside its code."""
    for cell in notebook.cells:
        widths = [picture_width(output) for output in cell.get("outputs", [])]
        widths = [w for w in widths if w is not None]
        shows_code = not cell.get("transient", {}).get("remove_source", False)
        if cell.cell_type == "code" and shows_code and widths and max(widths) <= BESIDE_MAX_WIDTH:
            cell.metadata.setdefault("tags", []).append(BESIDE)
    return notebook


def outputs_apart(notebook):
    """Shows the outputs of each code cell tagged OUTPUTS_APART on a sub-slide of their own.

    For a cell whose code and outputs together are taller than a slide: the code stays where it
    is, and a copy of the cell without its code, holding the outputs, follows as a sub-slide.
    """
    cells = []
    for cell in notebook.cells:
        if cell.cell_type != "code" or OUTPUTS_APART not in cell.metadata.get("tags", []) or not cell.outputs:
            cells.append(cell)
            continue
        code, outputs = copy.deepcopy(cell), copy.deepcopy(cell)
        code.outputs = []
        outputs.id = f"{cell.get('id', 'cell')}-outputs"
        outputs.metadata["slideshow"] = {"slide_type": "subslide"}
        outputs["transient"] = {"remove_source": True}
        cells += [code, outputs]
    notebook.cells = cells
    return notebook


def inline_svg(notebook):
    """Turns each SVG output into the same markup as an HTML output.

    Debian's nbconvert 6.5 passes image/svg+xml outputs through lxml's clean_html, which drops
    every SVG element and keeps only the text (the computational graphs came out blank); HTML
    outputs are not cleaned, so the drawing keeps its shapes, inline and offline.
    """
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/svg+xml" in data and "text/html" not in data:
                svg = data.pop("image/svg+xml")
                data["text/html"] = svg[svg.index("<svg"):]    # without an <?xml ...?> prolog
    return notebook


WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def static_widgets(notebook):
    """Shows each widget as its one line of text, and the picture it drove as last drawn.

    A deck cannot run widgets: nbconvert would load ipywidgets' HTML manager from unpkg.com for
    the widget state that nbclient saves in the notebook's metadata, and the controls would do
    nothing without a kernel. Without that state and the widget views, each widget shows the
    text the kernel sends with it (that widgets need JupyterLab); the picture a widget redraws is
    an ordinary image output, saved as last drawn (tests/run_notebooks.py).
    """
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            output.get("data", {}).pop(WIDGET_VIEW, None)
    return notebook


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
        body, _ = slides.from_notebook_node(
            inline_svg(beside_code(outputs_apart(static_widgets(nbformat.read(notebook, as_version=4))))))
        body = (body.replace("</head>", DECK_STYLE + "</head>", 1).replace("Reveal.initialize({", DECK_SIZE, 1)
                .replace(MATHJAX_SCRIPT, NO_MATH_PREVIEW + MATHJAX_SCRIPT, 1))
        deck = args.out / (notebook.stem + ".slides.html")
        deck.write_text(body, encoding="utf-8")
        print(f"deck {deck.relative_to(args.out.parent) if args.out.parent in deck.parents else deck}")
    print(f"slides: {len(notebooks)} decks in {args.out}")


if __name__ == "__main__":
    main()
