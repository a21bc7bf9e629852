"""The Dendrite kernel seen from Jupyter: the jupyter_kernel_test suite plus protocol checks.

Run with Debian's Python against an installed kernelspec (DENDRITE_KERNEL, default dendrite):
    JUPYTER_PATH=... /usr/bin/python3 -m unittest -v tests.test_kernel
"""
import datetime
import os
import pathlib
import subprocess
import tempfile
import time
import unittest
import zipfile
from queue import Empty

import jupyter_kernel_test
from jupyter_client.manager import start_new_kernel

KERNEL = os.environ.get("DENDRITE_KERNEL", "dendrite")


class DendriteKernelTests(jupyter_kernel_test.KernelTests):
    """The standard conformance suite of jupyter_kernel_test."""

    kernel_name = KERNEL
    language_name = "java"
    file_extension = ".jshell"
    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("oops");'
    completion_samples = [
        {"text": '"abc".toUpperC', "matches": {"toUpperCase("}},
        {"text": "Math.sqr", "matches": {"sqrt("}},
    ]
    complete_code_samples = ["1 + 1", "int x = 1;", "void f() { }", ""]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "int y = 1 +", "class A {"]
    invalid_code_samples = ["int x = 1 +;"]
    code_inspect_sample = "Math.max("
    code_generate_error = 'throw new RuntimeException("boom");'
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"con" + "cat"', "result": "concat"},
        {"code": "new int[] {1, 2, 3}", "result": "[1, 2, 3]"},
        {"code": 'Table.create("t", IntColumn.create("a", 1, 2))', "mime": "text/html"},
        {"code": "Tensor.of(1, 2).mul(3)", "result": "tensor([3., 6.])"},
        {"code": "Tensor.eye(2)", "mime": "text/html"},
    ]
    code_display_data = [
        {"code": "display(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB));",
         "mime": "image/png"},
        {"code": 'display(Table.create("t", IntColumn.create("a", 1)));', "mime": "text/html"},
    ]
    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "6*"


class KernelBehaviourTests(unittest.TestCase):
    """What the kernel must do beyond the conformance suite (faults are injected by fault_harness.py)."""

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=60)
        cls.replies = {}

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def run_cell(self, code, timeout=30, **options):
        """Runs a cell and returns its reply and the IOPub messages it caused."""
        outputs = []
        reply = self.kc.execute_interactive(code, timeout=timeout, output_hook=outputs.append, **options)
        return reply, [m for m in outputs if m["msg_type"] not in ("status", "execute_input")]

    def shell_reply(self, msg_id, timeout):
        """The reply to msg_id, keeping replies to other requests for later calls."""
        deadline = time.monotonic() + timeout
        while msg_id not in self.replies and time.monotonic() < deadline:
            try:
                reply = self.kc.get_shell_msg(timeout=max(0.01, deadline - time.monotonic()))
            except Empty:
                break
            self.replies[reply["parent_header"].get("msg_id")] = reply
        return self.replies.pop(msg_id, None)

    def assert_defined(self, name, value):
        reply, outputs = self.run_cell(name)
        self.assertEqual("ok", reply["content"]["status"], outputs)
        self.assertEqual(value, outputs[-1]["content"]["data"]["text/plain"])

    def test_compile_error_names_line_and_column_in_the_cell(self):
        reply, outputs = self.run_cell("int a = 1;\nint b = nope + a;")
        self.assertEqual("CompileError", reply["content"]["ename"])
        self.assertIn("line 2, column 9", reply["content"]["evalue"])
        self.assertEqual(["error"], [m["msg_type"] for m in outputs])

    def test_runtime_error_shows_user_frames_without_kernel_frames(self):
        self.run_cell("int half(int n) {\n  if (n == 0) throw new IllegalArgumentException(\"zero\");\n  return n / 2;\n}")
        reply, outputs = self.run_cell("int h = half(0);")
        content = reply["content"]
        self.assertEqual("java.lang.IllegalArgumentException", content["ename"])
        self.assertEqual("zero", content["evalue"])
        trace = "\n".join(content["traceback"])
        self.assertRegex(trace, r"half \(cell \[\d+\], line 2\)")
        for hidden in ("jdk.jshell", "org.dendrite.kernel", "java.lang.reflect", "REPL."):
            self.assertNotIn(hidden, trace)

    def test_definitions_survive_errors(self):
        self.run_cell("String kept = \"still here\";")
        self.run_cell("kept.undefinedMethod();")
        self.run_cell("Object o = null; o.hashCode();")
        self.assert_defined("kept", "still here")

    def test_stop_on_error_aborts_queued_cells(self):
        failing = self.kc.execute("Thread.sleep(500); throw new IllegalStateException(\"first\");")
        queued = self.kc.execute("int afterError = 1;")
        self.assertEqual("error", self.shell_reply(failing, 10)["content"]["status"])
        self.assertEqual("aborted", self.shell_reply(queued, 10)["content"]["status"])
        reply, _ = self.run_cell("afterError")
        self.assertEqual("error", reply["content"]["status"])

    def test_silent_cell_neither_counts_nor_broadcasts(self):
        before = self.run_cell("1")[0]["content"]["execution_count"]
        reply, outputs = self.run_cell("2", silent=True)
        self.assertEqual([], [m for m in outputs if m["msg_type"] == "execute_result"])
        after = self.run_cell("3")[0]["content"]["execution_count"]
        self.assertEqual(before + 1, after)

    def test_prints_are_coalesced_and_complete(self):
        reply, outputs = self.run_cell("for (int i = 0; i < 2000; i++) System.out.println(i);")
        streams = [m for m in outputs if m["msg_type"] == "stream"]
        text = "".join(m["content"]["text"] for m in streams)
        self.assertEqual("".join(f"{i}\n" for i in range(2000)), text)
        self.assertLess(len(streams), 20)

    def test_chart_is_png_at_twice_its_size(self):
        reply, outputs = self.run_cell(
            'XYChart c = new XYChartBuilder().width(400).height(300).build();\n'
            'c.addSeries("s", new double[] {0, 1}, new double[] {1, 0});\nc')
        result = [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]
        self.assertIn("image/png", result["data"])
        self.assertEqual({"width": 400, "height": 300}, result["metadata"]["image/png"])
        import base64
        import struct
        png = base64.b64decode(result["data"]["image/png"])
        self.assertEqual((800, 600), struct.unpack(">II", png[16:24]))

    def test_display_handle_updates_in_place(self):
        reply, outputs = self.run_cell('var h = display("epoch 1"); h.update("epoch 2");')
        kinds = [m["msg_type"] for m in outputs]
        self.assertEqual(["display_data", "update_display_data"], kinds)
        ids = {m["content"]["transient"]["display_id"] for m in outputs}
        self.assertEqual(1, len(ids))

    def test_headers_carry_full_iso_timestamps(self):
        msg_id = self.kc.kernel_info()
        reply = self.shell_reply(msg_id, 10)
        date = reply["header"]["date"]
        self.assertIsInstance(date, datetime.datetime)
        self.assertIsNotNone(date.tzinfo)
        self.assertLess(abs(datetime.datetime.now(datetime.timezone.utc) - date).total_seconds(), 60)

    def test_malformed_request_gets_an_error_reply_and_kernel_lives_on(self):
        msg = self.kc.session.msg("execute_request", {"code": {"not": "a string"}, "silent": False})
        self.kc.shell_channel.send(msg)
        reply = self.shell_reply(msg["header"]["msg_id"], 10)
        self.assertEqual("error", reply["content"]["status"])
        self.assertEqual("ok", self.run_cell("1 + 1")[0]["content"]["status"])

    def complete(self, code):
        return self.kc.complete(code, len(code), reply=True, timeout=30)["content"]["matches"]

    def test_maven_magic_adds_an_artifact_from_maven_central(self):
        reply, outputs = self.run_cell("%maven org.apache.commons:commons-csv:1.10.0", timeout=180)
        self.assertEqual("ok", reply["content"]["status"], outputs)
        reply, outputs = self.run_cell("org.apache.commons.csv.CSVFormat.class.getSimpleName()")
        self.assertEqual("CSVFormat", outputs[-1]["content"]["data"]["text/plain"])

    def test_magics_and_imports_complete(self):
        self.assertEqual({"%time", "%timeit"}, {m for m in self.complete("%tim")})
        deadline = time.monotonic() + 20
        while "concurrent." not in self.complete("import java.util.conc") and time.monotonic() < deadline:
            time.sleep(0.5)  # JShell indexes the class path in the background after start
        self.assertIn("concurrent.", self.complete("import java.util.conc"))

    def test_inspection_shows_the_javadoc_of_a_library_method(self):
        code = "Tensor.randn("
        reply = self.kc.inspect(code, len(code), reply=True, timeout=30)["content"]
        self.assertTrue(reply["found"])
        self.assertIn("Standard normal random values", reply["data"]["text/plain"])

    def test_inspection_with_the_cursor_on_a_method_name(self):
        # JupyterLab's inspector and Shift+Tab ask with the cursor on the name, with or without "(".
        for code, cursor in [("Math.max", 8), ("Math.max", 6), ("x = Math.max(1, 2)", 10),
                             ("Tensor.randn(2, 3).matmul", 25)]:
            with self.subTest(code=code, cursor=cursor):
                reply = self.kc.inspect(code, cursor, reply=True, timeout=30)["content"]
                self.assertTrue(reply["found"])
                self.assertIn("max(" if "max" in code else "matmul(", reply["data"]["text/plain"])
        reply = self.kc.inspect("Math.max ", 9, reply=True, timeout=30)["content"]
        self.assertFalse(reply["found"], "after a space the cursor is on no name")

    def test_timeit_prints_mean_and_deviation(self):
        reply, outputs = self.run_cell("%timeit -n 100 -r 3 Math.sqrt(2)")
        text = "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream")
        self.assertRegex(text, r"per loop \(mean ± std\. dev\. of 3 runs, 100 loops each\)")

    def test_html_cell_is_displayed_as_html(self):
        reply, outputs = self.run_cell("%%html\n<b>bold</b>")
        self.assertEqual(["display_data"], [m["msg_type"] for m in outputs])
        self.assertEqual("<b>bold</b>", outputs[0]["content"]["data"]["text/html"])

    def test_bash_cell_streams_its_output(self):
        reply, outputs = self.run_cell("%%bash\necho one\nsleep 0.5\necho two")
        streams = [m["content"]["text"] for m in outputs if m["msg_type"] == "stream"]
        self.assertEqual("one\ntwo\n", "".join(streams))
        self.assertGreaterEqual(len(streams), 2, "output came only at the end")

    def test_help_lists_the_library(self):
        reply, outputs = self.run_cell("%help")
        self.assertIn("### org.dendrite.tensor", outputs[-1]["content"]["data"]["text/markdown"])

    def test_library_is_importable_in_a_cell(self):
        reply, outputs = self.run_cell("import org.dendrite.plot.ChartImages;\norg.dendrite.Dendrite.version()")
        self.assertEqual("ok", reply["content"]["status"], outputs)


class WidgetCommTests(unittest.TestCase):
    """Widgets over comms, with the client playing the widget front-end (ipywidgets 8, protocol 2.1)."""

    WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=60)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def run_cell(self, code, timeout=30):
        outputs = []
        reply = self.kc.execute_interactive(code, timeout=timeout, output_hook=outputs.append)
        self.assertEqual("ok", reply["content"]["status"], outputs)
        return [m for m in outputs if m["msg_type"] not in ("status", "execute_input")]

    def value_of(self, expression):
        outputs = self.run_cell(expression)
        return outputs[-1]["content"]["data"]["text/plain"]

    def send(self, msg_type, content):
        msg = self.kc.session.msg(msg_type, content)
        self.kc.shell_channel.send(msg)
        return msg["header"]["msg_id"]

    def iopub_until(self, done, timeout=20):
        """IOPub messages up to and including the first for which done(message) holds."""
        seen = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                msg = self.kc.get_iopub_msg(timeout=max(0.01, deadline - time.monotonic()))
            except Empty:
                break
            seen.append(msg)
            if done(msg):
                return seen
        self.fail(f"no such message in {timeout} s; saw {[m['msg_type'] for m in seen]}")

    def handled(self, msg_id):
        """The IOPub messages up to the kernel's idle after msg_id."""
        return self.iopub_until(lambda m: m["msg_type"] == "status" and m["parent_header"].get("msg_id") == msg_id
                                and m["content"]["execution_state"] == "idle")

    def update(self, comm_id, state):
        return self.send("comm_msg", {"comm_id": comm_id, "data": {"method": "update", "state": state,
                                                                   "buffer_paths": []}})

    def comm_opens(self, outputs, styles=False):
        """The comm_open messages of the controls (of their label styles too when styles)."""
        return {m["content"]["comm_id"]: m for m in outputs if m["msg_type"] == "comm_open"
                and styles == (m["content"]["data"]["state"]["_model_name"] == "DescriptionStyleModel")}

    def test_slider_is_a_widget_view_with_a_classic_notebook_fallback(self):
        outputs = self.run_cell('new IntSlider("hidden units", 1, 32, 8)')
        opens = self.comm_opens(outputs)
        self.assertEqual(1, len(opens))
        comm_id, opened = next(iter(opens.items()))
        self.assertEqual("jupyter.widget", opened["content"]["target_name"])
        self.assertEqual("2.1.0", opened["metadata"]["version"])
        state = opened["content"]["data"]["state"]
        self.assertEqual(("IntSliderModel", "@jupyter-widgets/controls", "2.0.0"),
                         (state["_model_name"], state["_model_module"], state["_model_module_version"]))
        self.assertEqual((8, 1, 32, "hidden units"), (state["value"], state["min"], state["max"], state["description"]))
        styles = self.comm_opens(outputs, styles=True)
        self.assertEqual(["IPY_MODEL_" + style for style in styles], [state["style"]])
        self.assertEqual("initial", next(iter(styles.values()))["content"]["data"]["state"]["description_width"],
                         "the label is as wide as its text")
        comm_ids = [m["content"]["comm_id"] for m in outputs if m["msg_type"] == "comm_open"]
        self.assertLess(comm_ids.index(next(iter(styles))), comm_ids.index(comm_id), "the style opens first")
        data = [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]
        self.assertEqual({"model_id": comm_id, "version_major": 2, "version_minor": 0}, data[self.WIDGET_VIEW])
        self.assertIn("widgets need JupyterLab", data["text/plain"])

    def test_value_from_the_front_end_is_echoed_and_observed(self):
        outputs = self.run_cell('var n = new IntSlider("n", 0, 10, 3);\n'
                                'List<Integer> seen = new ArrayList<>();\nn.observe(seen::add);\ndisplay(n);')
        comm_id = next(iter(self.comm_opens(outputs)))
        msg_id = self.update(comm_id, {"value": 7})
        echoes = [m for m in self.handled(msg_id) if m["msg_type"] == "comm_msg"]
        self.assertEqual(1, len(echoes))
        self.assertEqual({"method": "echo_update", "state": {"value": 7}, "buffer_paths": []},
                         echoes[0]["content"]["data"])
        self.assertEqual(msg_id, echoes[0]["parent_header"]["msg_id"], "the front-end matches echoes by parent")
        self.assertEqual("[7]", self.value_of("seen"))
        self.assertEqual("7", self.value_of("n.value()"))

    def test_interact_redraws_its_chart_in_place(self):
        outputs = self.run_cell(
            'var lr = new FloatSlider("learning rate", 0, 1, 0.5);\n'
            'interact(() -> {\n'
            '    XYChart c = Style.xyChart("lr " + lr.value(), "x", "y", 300, 200);\n'
            '    c.addSeries("s", new double[] {0, 1}, new double[] {0, lr.value()});\n'
            '    return c;\n'
            '}, lr);')
        comm_ids = [m["content"]["comm_id"] for m in outputs if m["msg_type"] == "comm_open"
                    and m["content"]["data"]["state"]["_model_name"] == "FloatSliderModel"]
        shown = [m for m in outputs if m["msg_type"] == "display_data"]
        self.assertEqual([self.WIDGET_VIEW, "image/png"], [next(k for k in m["content"]["data"] if k != "text/plain")
                                                           for m in shown])
        chart_id = shown[1]["content"]["transient"]["display_id"]
        self.update(comm_ids[0], {"value": 0.25})
        redrawn = self.iopub_until(lambda m: m["msg_type"] == "update_display_data")[-1]["content"]
        self.assertEqual(chart_id, redrawn["transient"]["display_id"])
        self.assertIn("image/png", redrawn["data"])
        self.assertNotEqual(shown[1]["content"]["data"]["image/png"], redrawn["data"]["image/png"])

    def test_changes_during_a_slow_redraw_make_one_more_run_with_the_latest_value(self):
        outputs = self.run_cell('var k = new IntSlider("k", 0, 100, 0);\nint runs = 0;\n'
                                'interact(() -> { runs++; try { Thread.sleep(300); } catch (InterruptedException e) { }\n'
                                '    return "k = " + k.value(); }, k);')
        comm_id = [m["content"]["comm_id"] for m in outputs if m["msg_type"] == "comm_open"
                   and m["content"]["data"]["state"]["_model_name"] == "IntSliderModel"][0]
        for value in range(1, 11):
            self.update(comm_id, {"value": value})
        last = self.iopub_until(lambda m: m["msg_type"] == "update_display_data"
                                and m["content"]["data"]["text/plain"] == "k = 10")
        self.assertLessEqual(len([m for m in last if m["msg_type"] == "update_display_data"]), 2)
        self.assertLessEqual(int(self.value_of("runs")), 3, "ten changes, at most two runs after the first")

    def test_button_click_runs_its_handler(self):
        outputs = self.run_cell('int clicks = 0;\nvar b = new Button("step").onClick(() -> clicks++);\ndisplay(b);')
        comm_id = next(iter(self.comm_opens(outputs)))
        self.handled(self.send("comm_msg", {"comm_id": comm_id, "data": {"method": "custom",
                                                                         "content": {"event": "click"}}}))
        self.assertEqual("1", self.value_of("clicks"))

    def test_request_state_sends_the_whole_state(self):
        outputs = self.run_cell('display(new Dropdown<>("activation", "relu", "tanh"));')
        comm_id = next(iter(self.comm_opens(outputs)))
        replies = [m for m in self.handled(self.send("comm_msg", {"comm_id": comm_id,
                                                                  "data": {"method": "request_state"}}))
                   if m["msg_type"] == "comm_msg"]
        state = replies[0]["content"]["data"]["state"]
        self.assertEqual(("DropdownModel", ["relu", "tanh"], 0), (state["_model_name"], state["_options_labels"],
                                                                 state["index"]))

    def test_output_widget_collects_what_the_cell_displays_while_capturing(self):
        outputs = self.run_cell('var out = new Output();\ndisplay(out);\nout.capture(() -> display("inside"));\n'
                                'display("outside");')
        cell_id = outputs[0]["parent_header"]["msg_id"]
        shown = []
        for m in outputs:
            if m["msg_type"] == "comm_msg":
                shown.append(("msg_id", m["content"]["data"]["state"]["msg_id"]))
            elif m["msg_type"] == "display_data":
                shown.append(("display", m["content"]["data"]["text/plain"]))
        self.assertEqual([("display", shown[0][1]), ("msg_id", cell_id), ("display", "inside"), ("msg_id", ""),
                          ("display", "outside")], shown)
        self.assertIn("widgets need JupyterLab", shown[0][1])

    def test_callback_output_and_errors_show_under_the_widget_cell(self):
        outputs = self.run_cell('var c = new Checkbox("on", false);\n'
                                'c.observe(v -> { System.out.println("now " + v); if (!v) throw new IllegalStateException("off"); });\n'
                                'display(c);')
        comm_id = next(iter(self.comm_opens(outputs)))
        cell_id = outputs[0]["parent_header"]["msg_id"]
        self.handled(self.update(comm_id, {"value": True}))
        printed = self.iopub_until(lambda m: m["msg_type"] == "stream" and "now true" in m["content"]["text"])[-1]
        self.assertEqual(cell_id, printed["parent_header"]["msg_id"])
        self.handled(self.update(comm_id, {"value": False}))
        failed = self.iopub_until(lambda m: m["msg_type"] == "stream" and "callback failed" in m["content"]["text"])
        self.assertIn("java.lang.IllegalStateException: off", failed[-1]["content"]["text"])
        self.assertEqual("2", self.value_of("1 + 1"))

    def test_stop_button_ends_a_runaway_callback(self):
        outputs = self.run_cell('var spin = new Checkbox("spin", false);\n'
                                'spin.observe(v -> { while (true) { } });\ndisplay(spin);')
        comm_id = next(iter(self.comm_opens(outputs)))
        msg_id = self.update(comm_id, {"value": True})
        time.sleep(1)
        self.km.interrupt_kernel()
        self.handled(msg_id)
        self.iopub_until(lambda m: m["msg_type"] == "stream" and "callback was stopped" in m["content"]["text"])
        self.assertEqual("true", self.value_of("spin.value()"))

    def test_malformed_comm_messages_leave_the_kernel_alive(self):
        outputs = self.run_cell('var m = new IntSlider("m", 0, 10, 4);\ndisplay(m);')
        comm_id = next(iter(self.comm_opens(outputs)))
        bad = [
            {"comm_id": "no-such-comm", "data": {"method": "update", "state": {"value": 1}}},
            {"comm_id": comm_id},
            {"comm_id": comm_id, "data": "not an object"},
            {"comm_id": comm_id, "data": {"method": "update"}},
            {"comm_id": comm_id, "data": {"method": "update", "state": {"value": "abc"}}},
            {"comm_id": comm_id, "data": {"method": "update", "state": {"value": 99}}},
            {"comm_id": comm_id, "data": {"method": "fly"}},
            {"data": {"method": "update", "state": {"value": 1}}},
            {"comm_id": {"nested": 1}, "data": {}},
        ]
        for content in bad:
            with self.subTest(content=content):
                self.handled(self.send("comm_msg", content))
                self.assertEqual("2", self.value_of("1 + 1"))
        self.assertEqual("4", self.value_of("m.value()"))
        msg_id = self.update(comm_id, {"value": "abc"})
        seen = self.handled(msg_id)
        snapped_back = [m["content"]["data"] for m in seen if m["msg_type"] == "comm_msg"]
        self.assertEqual([{"method": "update", "state": {"value": 4}, "buffer_paths": []}], snapped_back)
        rejected = self.iopub_until(lambda m: m["msg_type"] == "stream" and "rejected" in m["content"]["text"])
        self.assertIn("must be a number", rejected[-1]["content"]["text"])

    def comm_info(self, target=None):
        content = {} if target is None else {"target_name": target}
        msg_id = self.send("comm_info_request", content)
        while True:
            reply = self.kc.get_shell_msg(timeout=10)
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply["content"]["comms"]

    def test_comm_info_lists_open_widgets_and_forgets_closed_ones(self):
        outputs = self.run_cell('display(new Text("name", ""));')
        comm_id = next(iter(self.comm_opens(outputs)))
        self.assertEqual({"target_name": "jupyter.widget"}, self.comm_info("jupyter.widget")[comm_id])
        self.assertNotIn(comm_id, self.comm_info("jupyter.widget.control"))
        self.assertIn(comm_id, self.comm_info())
        self.handled(self.send("comm_close", {"comm_id": comm_id, "data": {}}))
        self.assertNotIn(comm_id, self.comm_info())

    def test_control_comm_sends_every_widget_state_for_a_reloaded_page(self):
        outputs = self.run_cell('display(new IntSlider("reload", 0, 5, 2));')
        comm_id = next(iter(self.comm_opens(outputs)))
        opened = self.send("comm_open", {"comm_id": "control-1", "target_name": "jupyter.widget.control",
                                         "data": {}})
        self.assertNotIn("comm_close", [m["msg_type"] for m in self.handled(opened)])
        self.assertEqual({"control-1": {"target_name": "jupyter.widget.control"}},
                         self.comm_info("jupyter.widget.control"))
        asked = self.send("comm_msg", {"comm_id": "control-1", "data": {"method": "request_states"}})
        answer = [m for m in self.handled(asked) if m["msg_type"] == "comm_msg"][0]
        self.assertEqual(asked, answer["parent_header"]["msg_id"])
        data = answer["content"]["data"]
        self.assertEqual(("update_states", []), (data["method"], data["buffer_paths"]))
        slider = data["states"][comm_id]
        self.assertEqual(("IntSliderModel", "@jupyter-widgets/controls", "2.0.0", 2),
                         (slider["model_name"], slider["model_module"], slider["model_module_version"],
                          slider["state"]["value"]))
        self.handled(self.send("comm_close", {"comm_id": "control-1", "data": {}}))
        self.assertEqual({}, self.comm_info("jupyter.widget.control"))

    def test_restart_drops_the_comms(self):
        self.run_cell('display(new Checkbox("kept?", true));')
        self.assertTrue(self.comm_info())
        self.km.restart_kernel(now=True)
        self.kc.wait_for_ready(timeout=60)
        self.assertEqual({}, self.comm_info())


class MavenMagicsTests(unittest.TestCase):
    """IJava's Maven magics on the installed kernel, whose bundled jars come from its lib folder.

    No network: artifacts come from a Maven repository the test writes (file URL), and the
    kernel downloads into a temporary local repository (DENDRITE_MAVEN_REPOSITORY), not ~/.m2.
    """

    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        root = pathlib.Path(cls.folder.name)
        cls.repository = root / "repository"
        cls.publish(root, "org.example:hello:1.0", 'public static String hi() { return "hi from 1.0"; }')
        cls.publish(root, "org.example:hello:2.0", 'public static String hi() { return "hi from 2.0"; }')
        cls.publish(root, "org.example:pommed:1.0", 'public static String hi() { return "hi from a POM"; }')
        cls.publish(root, "org.knowm.xchart:xchart:3.5.2", "")
        env = dict(os.environ, DENDRITE_MAVEN_REPOSITORY=str(root / "local"))
        cls.km, cls.kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=60, env=env)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)
        cls.folder.cleanup()

    @classmethod
    def publish(cls, root, coordinates, method):
        """Writes GROUP:ARTIFACT:VERSION in Maven's layout: a jar with class demo.ARTIFACT.Hello holding method."""
        group, artifact, version = coordinates.split(":")
        folder = cls.repository / group.replace(".", "/") / artifact / version
        folder.mkdir(parents=True)
        sources = root / f"src-{artifact}-{version}"
        sources.mkdir()
        (sources / "Hello.java").write_text(f"package demo.{artifact};\npublic class Hello {{ {method} }}\n")
        classes = root / f"classes-{artifact}-{version}"
        subprocess.run(["javac", "-d", str(classes), str(sources / "Hello.java")], check=True)
        with zipfile.ZipFile(folder / f"{artifact}-{version}.jar", "w") as jar:
            jar.write(classes / "demo" / artifact / "Hello.class", f"demo/{artifact}/Hello.class")
        (folder / f"{artifact}-{version}.pom").write_text(
            f"<project><modelVersion>4.0.0</modelVersion><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
            f"<version>{version}</version></project>")

    def run_cell(self, code):
        """Runs a cell: its reply status and everything it printed or showed, as text."""
        outputs = []
        reply = self.kc.execute_interactive(code, timeout=120, output_hook=outputs.append)
        text = "".join(m["content"].get("text", "") + m["content"].get("data", {}).get("text/plain", "")
                       + m["content"].get("evalue", "") for m in outputs)
        return reply["content"]["status"], text

    def test_ijava_maven_magics_say_what_cells_use(self):
        self.assertEqual("ok", self.run_cell(f"%mavenRepo test {self.repository.as_uri()}")[0])

        status, text = self.run_cell("%addMavenDependency org.example:hello:1.0")
        self.assertEqual(("ok", True), (status, "Added org.example:hello:1.0 (hello-1.0.jar)" in text), text)
        status, text = self.run_cell("%addMavenDependencies org.example:hello:2.0")
        self.assertIn("Version 1.0 was added earlier, and cells keep 1.0 until the kernel restarts", text)
        self.assertEqual("hi from 1.0", self.run_cell("demo.hello.Hello.hi()")[1])

        status, text = self.run_cell("%maven org.knowm.xchart:xchart:3.5.2")
        self.assertIn("Not added: org.knowm.xchart:xchart:3.5.2 (xchart-3.5.2.jar). The kernel bundles version", text)
        jar = self.run_cell("org.knowm.xchart.XYChart.class.getProtectionDomain().getCodeSource().getLocation().getPath()")[1]
        self.assertNotIn("3.5.2", jar)
        self.assertIn(f"cells use {jar.split('xchart-')[1].split('.jar')[0]} ", text)

    def test_load_from_pom_cell_adds_its_dependencies(self):
        status, text = self.run_cell(
            "%%loadFromPOM\n"
            f"<repositories><repository><id>pom-test</id><url>{self.repository.as_uri()}</url></repository></repositories>\n"
            "<dependencies><dependency><groupId>org.example</groupId><artifactId>pommed</artifactId>"
            "<version>1.0</version></dependency></dependencies>")
        self.assertEqual("ok", status, text)
        self.assertEqual("hi from a POM", self.run_cell("demo.pommed.Hello.hi()")[1])

    def test_classpath_lists_bundled_and_added_jars_with_versions(self):
        status, text = self.run_cell("%classpath")
        self.assertTrue(text.startswith("Bundled with the kernel ("), text)
        self.assertRegex(text, r"\n  org\.knowm\.xchart:xchart:[\d.]+ \(xchart-[\d.]+\.jar\)\n")
        self.assertRegex(text, r"\n  org\.ow2\.asm:asm:[\d.]+ \(asm-[\d.]+\.jar\)\n")


if __name__ == "__main__":
    unittest.main()
