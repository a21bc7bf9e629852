"""Injects the faults a student can cause into a running Dendrite kernel, through jupyter_client.

For each fault: what the kernel must do, what it did, and whether the variable defined before the
fault survived (a restart is the one fault that announces losing it). Prints the table, writes it
as markdown (for the README's Reliability section) and exits with 1 if any fault was not survived.

    JUPYTER_PATH=... /usr/bin/python3 tests/fault_harness.py [--markdown FILE]
The kernelspec is DENDRITE_KERNEL (default dendrite).
"""
import argparse
import os
import pathlib
import sys
import tempfile
import time
from queue import Empty

from jupyter_client.manager import KernelManager

KERNEL = os.environ.get("DENDRITE_KERNEL", "dendrite")
ROOT = pathlib.Path(__file__).resolve().parent.parent
KEPT = "String kept = \"survivor\";"


class Session:
    """A kernel started with its log in a file, and a client that keeps replies it was not asked for yet."""

    def __init__(self, kernel_name):
        self.log = tempfile.NamedTemporaryFile("w+", prefix="dendrite-kernel-", suffix=".log")
        self.km = KernelManager(kernel_name=kernel_name)
        self.km.start_kernel(stderr=self.log)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=60)
        self.replies = {}

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)
        self.log.close()

    def key(self):
        return self.kc.session.key

    def log_text(self):
        self.log.flush()
        return pathlib.Path(self.log.name).read_text(errors="replace")

    def run(self, code, timeout=30):
        """Runs a cell; returns its reply content and the IOPub messages it caused."""
        outputs = []
        reply = self.kc.execute_interactive(code, timeout=timeout, output_hook=outputs.append)
        return reply["content"], [m for m in outputs if m["msg_type"] not in ("status", "execute_input")]

    def reply_to(self, msg_id, timeout):
        """The shell reply to msg_id, or None; replies to other requests are kept for later."""
        deadline = time.monotonic() + timeout
        while msg_id not in self.replies and time.monotonic() < deadline:
            try:
                reply = self.kc.get_shell_msg(timeout=max(0.01, deadline - time.monotonic()))
            except Empty:
                break
            self.replies[reply["parent_header"].get("msg_id")] = reply
        return self.replies.pop(msg_id, None)

    def iopub_for(self, seconds):
        messages, deadline = [], time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                messages.append(self.kc.get_iopub_msg(timeout=0.05))
            except Empty:
                pass
        return messages

    def value_of(self, expression):
        """The text of an expression's value, or the error's name."""
        content, outputs = self.run(expression)
        if content["status"] != "ok":
            return content.get("ename", "error")
        results = [m for m in outputs if m["msg_type"] == "execute_result"]
        return results[-1]["content"]["data"]["text/plain"] if results else None


def interrupted(session, code):
    msg_id = session.kc.execute(code)
    time.sleep(1.0)
    started = time.monotonic()
    session.km.interrupt_kernel()
    reply = session.reply_to(msg_id, timeout=10)
    elapsed = time.monotonic() - started
    if reply is None:
        return False, "no reply within 10 s of the interrupt"
    content = reply["content"]
    return content.get("ename") == "Interrupted" and elapsed < 2.0, \
        f"{content.get('ename', content['status'])} after {elapsed:.2f} s"


def infinite_loop(session):
    return interrupted(session, "while (true) { }")


def sleeping_cell(session):
    return interrupted(session, "Thread.sleep(60_000);")


def system_exit(session):
    content, _ = session.run("System.exit(0);")
    refused = content["status"] == "error" and "was refused" in content.get("evalue", "")
    return refused, f"{content.get('ename', content['status']).rsplit('.', 1)[-1]}: refused"


def out_of_memory(session):
    content, _ = session.run("long[] huge = new long[Integer.MAX_VALUE - 16];")
    advice = any("still running" in line for line in content.get("traceback", []))
    return content.get("ename") == "java.lang.OutOfMemoryError" and advice, \
        f"{content.get('ename', content['status'])} reported" + (" with advice" if advice else "")


def stack_overflow(session):
    session.run("int down(int n) { return down(n + 1) + 1; }")
    content, _ = session.run("down(0)")
    lines = "\n".join(content.get("traceback", [])).count("\n") + 1
    return content.get("ename") == "java.lang.StackOverflowError" and lines < 10, \
        f"StackOverflowError reported in {lines} traceback lines"


def output_flood(session):
    code = 'String line = "x".repeat(99);\nfor (int i = 0; i < 1_000_000; i++) System.out.println(line);'
    started = time.monotonic()
    content, outputs = session.run(code, timeout=300)
    elapsed = time.monotonic() - started
    text = "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream")
    shown = len(text.encode()) / 2 ** 20
    noticed = "dropped" in text
    return content["status"] == "ok" and noticed and shown < 4, \
        f"100 MB printed in {elapsed:.1f} s; {shown:.1f} MB shown, the rest dropped with a notice"


def late_thread_output(session):
    code = ('new Thread(() -> { for (int i = 0; i < 3; i++) {'
            ' try { Thread.sleep(300); } catch (InterruptedException e) { return; }'
            ' System.out.println("late " + i); } }).start();')
    msg_id = session.kc.execute(code)
    session.reply_to(msg_id, 30)
    # Another cell runs while the thread prints; IOPub is read directly, since execute_interactive
    # would drop the messages of other cells (on a loaded machine, all three late lines).
    meanwhile = session.kc.execute("int meanwhile = 1;")
    late, deadline = [], time.monotonic() + 15
    while sum(m["content"]["text"].count("late") for m in late) < 3 and time.monotonic() < deadline:
        late += [m for m in session.iopub_for(0.5)
                 if m["msg_type"] == "stream" and "late" in m["content"]["text"]]
    session.reply_to(meanwhile, 30)
    lines = sum(m["content"]["text"].count("late") for m in late)
    attributed = all(m["parent_header"].get("msg_id") == msg_id for m in late)
    return lines == 3 and attributed, f"{lines} of 3 late lines, " + ("all on their cell" if attributed else "MISATTRIBUTED")


def wrong_signature(session):
    key = session.key()
    session.kc.session.key = b"not-the-key"
    try:
        msg_id = session.kc.execute("int forged = 1;")
    finally:
        session.kc.session.key = key
    answered = session.reply_to(msg_id, timeout=1.5) is not None
    ran = session.value_of("forged") != "CompileError"
    log = session.log_text()
    logged = "invalid HMAC signature" in log
    leaked = key.decode() in log
    return not answered and not ran and logged and not leaked, \
        ("answered" if answered else "no reply") + (", RAN" if ran else ", not run") \
        + (", logged" if logged else ", NOT logged") + (", KEY IN LOG" if leaked else ", key not logged")


def malformed_json(session):
    s = session.kc.session
    header = s.msg_header("execute_request")
    parts = [s.pack(header), b"{}", b"{}", b'{"code": "int broken = 1;", oops']
    session.kc.shell_channel.socket.send_multipart([b"<IDS|MSG>", s.sign(parts)] + parts)
    reply = session.reply_to(header["msg_id"], timeout=10)
    if reply is None:
        return False, "no reply"
    content = reply["content"]
    return content["status"] == "error", f"{reply['msg_type']}: {content['status']} ({content.get('ename')})"


def unknown_message_type(session):
    msg = session.kc.session.msg("frobnicate_request", {})
    session.kc.shell_channel.send(msg)
    reply = session.reply_to(msg["header"]["msg_id"], timeout=10)
    if reply is None:
        return False, "no reply"
    return reply["content"]["status"] == "error", f"{reply['msg_type']}: {reply['content']['status']}"


def ten_at_once(session):
    ids = [session.kc.execute(f"int order{i} = {i};\norder{i}") for i in range(10)]
    replies = [session.reply_to(msg_id, timeout=60) for msg_id in ids]
    if any(r is None for r in replies):
        return False, f"{sum(r is None for r in replies)} of 10 unanswered"
    counts = [r["content"]["execution_count"] for r in replies]
    stamps = [r["header"]["date"] for r in replies]
    in_order = counts == list(range(counts[0], counts[0] + 10)) and stamps == sorted(stamps)
    ok = all(r["content"]["status"] == "ok" for r in replies)
    return in_order and ok, f"10 replies, counts {counts[0]}..{counts[-1]}" + (" in order" if in_order else " OUT OF ORDER")


def restart(session):
    session.km.restart_kernel(now=False)
    session.kc.wait_for_ready(timeout=60)
    content, _ = session.run("1 + 1")
    return content["status"] == "ok", "restarted; the next cell ran"


# fault, what the kernel must do, check, whether the fault announces that state is lost
FAULTS = [
    ("infinite loop + interrupt", "Interrupted within 2 s", infinite_loop, False),
    ("Thread.sleep + interrupt", "Interrupted within 2 s", sleeping_cell, False),
    ("System.exit(0) in a cell", "refused with a message", system_exit, False),
    ("huge allocation (OutOfMemoryError)", "error reported, kernel lives", out_of_memory, False),
    ("runaway recursion (StackOverflowError)", "error reported, frames folded", stack_overflow, False),
    ("100 MB printed in a loop", "output capped with a notice", output_flood, False),
    ("thread printing after its cell ended", "output attributed to that cell", late_thread_output, False),
    ("message with a wrong HMAC signature", "rejected, logged, not run", wrong_signature, False),
    ("malformed JSON content", "error reply", malformed_json, False),
    ("unknown message type", "error reply", unknown_message_type, False),
    ("ten execute_requests at once", "run and answered in order", ten_at_once, False),
    ("shutdown_request with restart", "fresh kernel, state lost as announced", restart, True),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", type=pathlib.Path,
                        default=ROOT / "build" / f"reliability-{KERNEL}.md", help="where to write the table")
    args = parser.parse_args()
    session = Session(KERNEL)
    java = session.kc.kernel_info(reply=True, timeout=30)["content"]["language_info"]["version"]
    rows = []
    try:
        for fault, expected, inject, loses_state in FAULTS:
            session.run(KEPT)
            try:
                survived, observed = inject(session)
            except Exception as e:  # a fault the harness itself could not drive is a failed row
                survived, observed = False, f"harness error: {e!r}"
            value = session.value_of("kept")
            alive = value is not None
            kept = value == '"survivor"' or value == "survivor"
            if loses_state:
                state = "lost, as announced" if not kept else "kept"
                passed = survived and alive
            else:
                state = "kept" if kept else "LOST"
                passed = survived and kept
            rows.append((fault, expected, observed, state, passed))
            print(f"{'ok  ' if passed else 'FAIL'} {fault}: {observed}; state {state}", flush=True)
    finally:
        session.close()
    table = [f"Faults injected into the `{KERNEL}` kernel (Java {java}) by `tests/fault_harness.py`:", "",
             "| fault | expected | observed | state kept |", "| --- | --- | --- | --- |"]
    table += [f"| {f} | {e} | {o} | {s} |" for f, e, o, s, _ in rows]
    survived = sum(r[4] for r in rows)
    lost = sum(r[3] != "kept" for r in rows)
    table += ["", f"{len(rows)} faults injected, {survived} survived, state lost in {lost} (announced restarts)."]
    args.markdown.parent.mkdir(parents=True, exist_ok=True)
    args.markdown.write_text("\n".join(table) + "\n")
    print("\n" + "\n".join(table))
    sys.exit(0 if survived == len(rows) else 1)


if __name__ == "__main__":
    main()
