"""Runs the README's first command, `./dendrite course --port N`, as a user would, in a throw-away HOME.

Waits for the URL it prints, checks that it opens JupyterLab, starts a Dendrite kernel through the
server's REST API, runs the welcome notebook's first code cell through the server's websocket, checks
that a second `./dendrite course` says where the first one is, stops the command with Ctrl+C (SIGINT
to its process group, as a terminal sends it) and checks that no server or kernel process of that
HOME is left.
    /usr/bin/python3 -m unittest -v tests.test_course_command
Maven reads the machine's repository (MAVEN_REPO, default ~/.m2/repository), so nothing is downloaded.
"""
import json
import os
import pathlib
import random
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.request
import uuid

from tornado.ioloop import IOLoop
from tornado.websocket import websocket_connect

ROOT = pathlib.Path(__file__).resolve().parent.parent
URL_LINE = re.compile(r"(http://127\.0\.0\.1:(\d+)/\S+\?token=(\w+))")


def free_port():
    """A free port below Linux's ephemeral range (32768 and up), from which kernels take theirs:
    the command builds for a while before its server binds the port, and a kernel of another
    test once took it meanwhile."""
    for _ in range(100):
        port = random.randrange(20000, 32000)
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise RuntimeError("no free port in 20000-32000")


def processes_with_home(home):
    """{pid: command line} of the processes whose environment has HOME=home: the command, the
    server and its kernels."""
    marker = f"HOME={home}".encode() + b"\0"
    found = {}
    for proc in pathlib.Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if marker in (proc / "environ").read_bytes():
                    found[int(proc.name)] = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                pass
    return found


def first_code_cell(notebook):
    cells = json.loads(notebook.read_text())["cells"]
    return next("".join(c["source"]) for c in cells if c["cell_type"] == "code")


async def run_cell(port, token, kernel_id, code):
    """Sends an execute_request through the server's websocket; returns (reply content, outputs)."""
    url = f"ws://127.0.0.1:{port}/api/kernels/{kernel_id}/channels?token={token}"
    socket = await websocket_connect(url)
    msg_id, session = uuid.uuid4().hex, uuid.uuid4().hex
    header = {"msg_id": msg_id, "msg_type": "execute_request", "username": "test",
              "session": session, "date": "", "version": "5.3"}
    socket.write_message(json.dumps({
        "header": header, "parent_header": {}, "metadata": {}, "channel": "shell",
        "content": {"code": code, "silent": False, "store_history": True,
                    "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}))
    outputs, reply, idle = [], None, False
    while reply is None or not idle:
        message = json.loads(await socket.read_message())
        if message["parent_header"].get("msg_id") != msg_id:
            continue
        kind = message["msg_type"]
        if kind == "execute_reply":
            reply = message["content"]
        elif kind == "status":
            idle = message["content"]["execution_state"] == "idle"
        elif kind in ("stream", "display_data", "execute_result", "error"):
            outputs.append(message)
    socket.close()
    return reply, outputs


class CourseCommandTest(unittest.TestCase):

    def setUp(self):
        self.home = tempfile.mkdtemp(prefix="dendrite-course-home.")
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith("JUPYTER_") and k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        m2 = os.environ.get("MAVEN_REPO", os.path.expanduser("~/.m2/repository"))
        self.env.update(HOME=self.home, MAVEN_OPTS=f"-Dmaven.repo.local={m2}")
        self.port = free_port()

    def tearDown(self):
        for pid in processes_with_home(self.home):
            os.kill(pid, signal.SIGKILL)
        shutil.rmtree(self.home, ignore_errors=True)

    def start_course(self):
        return subprocess.Popen(["./dendrite", "course", "--port", str(self.port)], cwd=ROOT,
                                env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, start_new_session=True)

    def wait_for_url(self, course, seconds=600):
        deadline, seen = time.monotonic() + seconds, []
        while time.monotonic() < deadline:
            line = course.stdout.readline()
            if not line:
                break
            seen.append(line)
            match = URL_LINE.search(line)
            if match:
                return match, seen
        self.fail("./dendrite course printed no URL; its output:\n" + "".join(seen))

    def api(self, path, token, method="GET", body=None):
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}", method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read() or b"null")

    def test_course_serves_runs_a_cell_and_stops_on_ctrl_c(self):
        course = self.start_course()
        try:
            match, _ = self.wait_for_url(course)
            url, port, token = match.group(1), int(match.group(2)), match.group(3)
            self.assertEqual(port, self.port)
            # JupyterLab: the course's own (lab/) unless a jupyter-lab is installed.
            self.assertIn(f":{port}/lab/tree/00-welcome.ipynb?", url)
            with urllib.request.urlopen(url, timeout=60) as response:
                page = response.read().decode()
            self.assertIn('"appName": "JupyterLab', page, "the URL does not open JupyterLab")

            specs = self.api("/api/kernelspecs", token)["kernelspecs"]
            self.assertIn("dendrite", specs, "the command installed no kernel into the user's Jupyter")
            kernel = self.api("/api/kernels", token, "POST", {"name": "dendrite"})
            code = first_code_cell(ROOT / "notebooks" / "00-welcome.ipynb")
            reply, outputs = IOLoop.current().run_sync(
                lambda: run_cell(port, token, kernel["id"], code), timeout=120)
            self.assertEqual(reply["status"], "ok", reply)
            printed = "".join(m["content"].get("text", "") for m in outputs if m["msg_type"] == "stream")
            self.assertRegex(printed, r"Hello from Java \d+")

            second = subprocess.run(["./dendrite", "course", "--port", str(free_port())], cwd=ROOT,
                                    env=self.env, stdin=subprocess.DEVNULL, capture_output=True,
                                    text=True, timeout=60)
            self.assertNotEqual(second.returncode, 0)
            self.assertIn("already running", second.stdout)
            self.assertIn(f":{self.port}/", second.stdout, "the second command did not say where the first is")

            running = " | ".join(processes_with_home(self.home).values())
            server = "jupyter-lab" if shutil.which("jupyter-lab") else "lab/course_lab.py"
            self.assertIn(server, running, "no JupyterLab server among the command's processes")
            self.assertIn("org.dendrite.kernel.KernelMain", running, "no Dendrite kernel running")
            os.killpg(course.pid, signal.SIGINT)
            course.wait(timeout=60)
            deadline = time.monotonic() + 10
            while processes_with_home(self.home) and time.monotonic() < deadline:
                time.sleep(0.2)
            self.assertEqual(processes_with_home(self.home), {}, "left running after Ctrl+C")
            with socket.socket() as s:
                self.assertNotEqual(s.connect_ex(("127.0.0.1", self.port)), 0, "the port is still served")
        finally:
            if course.poll() is None:
                os.killpg(course.pid, signal.SIGKILL)
            course.stdout.close()


if __name__ == "__main__":
    unittest.main()
