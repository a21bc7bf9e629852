"""Executes every notebook in notebooks/ through an installed kernelspec, top to bottom.

Fails on any error output, and on any chart or figure the kernel reports as drawn without the
course style (output metadata "dendrite": {"course_style": false}: a chart built with a bare
XChart builder instead of Style.xyChart and friends). Checks that the welcome notebook shows an
image and an HTML table.
Executed copies go to DENDRITE_EXECUTED_DIR (default build/executed) for tools/export_slides.py;
a picture that a widget redraws (interact) is saved as last drawn, so the slides show that one.
Measures each notebook's peak resident memory of the kernel process (VmHWM) and writes a table
of times and peaks to build/notebook-report.md.
    JUPYTER_PATH=... /usr/bin/python3 tests/run_notebooks.py [NOTEBOOK...]
"""
import os
import pathlib
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionComplete, CellExecutionError
from nbclient.util import ensure_async

ROOT = pathlib.Path(__file__).resolve().parent.parent
KERNEL = os.environ.get("DENDRITE_KERNEL", "dendrite")
OUT = pathlib.Path(os.environ.get("DENDRITE_EXECUTED_DIR", ROOT / "build" / "executed"))
REQUIRED_OUTPUTS = {"00-welcome.ipynb": {"image/png", "text/html"}}


def output_types(nb):
    types = set()
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            types.update(output.get("data", {}).keys())
            if output["output_type"] == "error":
                types.add("error")
    return types


def unstyled_charts(nb):
    """The numbers of the code cells (counted from 1) that show a chart without the course style."""
    cells = []
    code_cells = [cell for cell in nb.cells if cell.cell_type == "code"]
    for number, cell in enumerate(code_cells, start=1):
        for output in cell.get("outputs", []):
            if output.get("metadata", {}).get("dendrite", {}).get("course_style") is False:
                cells.append(number)
                break
    return cells


class WidgetRedrawClient(NotebookClient):
    """nbclient, keeping the pictures that widgets redraw.

    nbclient reads only the IOPub messages of the cell it runs. A widget's redraw (interact)
    replaces a picture under the cell that showed the widget, after a later cell set the
    widget's value, so its update_display_data names that earlier cell and nbclient dropped it.
    Here such updates are applied to the outputs they name (nbclient 0.7's own display-id map).
    """

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        while True:
            msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=None))
            if msg["parent_header"].get("msg_id") == parent_msg_id:
                try:
                    self.process_message(msg, cell, cell_index)
                except CellExecutionComplete:
                    return
            elif msg["msg_type"] == "update_display_data":
                display_id = msg["content"].get("transient", {}).get("display_id")
                if display_id:
                    self._update_display_id(display_id, msg)


def peak_resident_mb(pid):
    """The most memory the process has held resident so far, in MiB (Linux's VmHWM)."""
    try:
        for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def run(path, peaks):
    nb = nbformat.read(path, as_version=4)
    started = time.monotonic()
    client = WidgetRedrawClient(nb, kernel_name=KERNEL, timeout=900, allow_errors=False,
                                resources={"metadata": {"path": str(path.parent)}})
    client.on_cell_executed = lambda **_: peaks.__setitem__(
        path.name, peak_resident_mb(client.km.provisioner.process.pid))
    client.execute()
    OUT.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, OUT / path.name)
    types = output_types(nb)
    problems = []
    if "error" in types:
        problems.append("has an error output")
    unstyled = unstyled_charts(nb)
    if unstyled:
        problems.append("a chart without the course style in code cell " + ", ".join(map(str, unstyled))
                        + " (build it with Style.xyChart, or call Style.apply on its styler)")
    missing = REQUIRED_OUTPUTS.get(path.name, set()) - types
    if missing:
        problems.append("lacks outputs of type " + ", ".join(sorted(missing)))
    return problems, time.monotonic() - started


def main(args):
    paths = [pathlib.Path(a) for a in args] or sorted((ROOT / "notebooks").glob("*.ipynb"))
    if not paths:
        sys.exit("no notebooks found in notebooks/")
    failed = 0
    peaks = {}
    report = ["| notebook | result | time (s) | kernel peak RSS (MiB) |", "|---|---|---:|---:|"]
    for path in paths:
        try:
            problems, seconds = run(path, peaks)
        except CellExecutionError as e:
            problems, seconds = [str(e).strip().splitlines()[-1]], 0
        peak = peaks.get(path.name)
        peak_text = f"{peak:.0f}" if peak else "?"
        print(f"{'FAIL' if problems else 'ok  '} {path.name} ({seconds:.1f} s, peak {peak_text} MiB) "
              f"{'; '.join(problems)}")
        report.append(f"| {path.name} | {'FAIL' if problems else 'ok'} | {seconds:.1f} | {peak_text} |")
        failed += bool(problems)
    (ROOT / "build").mkdir(exist_ok=True)
    (ROOT / "build" / "notebook-report.md").write_text("\n".join(report) + "\n")
    print(f"notebooks: {len(paths) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
