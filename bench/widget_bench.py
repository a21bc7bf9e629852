"""Time from a slider's new value, sent as the widget front-end sends it, to the redrawn chart.

The kernel trains one small MLP per hidden-layer size on noisy XOR, then shows
interact(decision boundary of the chosen MLP, slider). Each run sends a comm_msg update with the
next slider value and waits for the update_display_data of the chart; prints p50 and p90.
    python3 bench/widget_bench.py KERNEL RUNS
"""
import statistics
import sys
import time

from jupyter_client.manager import start_new_kernel

SETUP = """
Tensor.manualSeed(0);
Dataset data = ToySets.xor(200, 0.15, 7);
List<Module> nets = new ArrayList<>();
for (int size = 1; size <= 8; size++) {
    Module net = Models.mlp(Tanh::new, 2, size, 2);
    Optimizer adam = new Adam(net, 0.05);
    for (int step = 0; step < 200; step++) {
        Tensor loss = Losses.crossEntropy(net.forward(data.inputs()), data.targets());
        adam.zeroGrad();
        loss.backward();
        adam.step();
    }
    nets.add(net);
}
var units = new IntSlider("hidden units", 1, 8, 1);
interact(() -> DecisionBoundary.plot("MLP, " + units.value() + " tanh", nets.get(units.value() - 1)::forward,
        data.inputs(), data.targets(), "0", "1"), units);
"""


def main(kernel, runs):
    km, kc = start_new_kernel(kernel_name=kernel, startup_timeout=120)
    try:
        opened = []
        reply = kc.execute_interactive(SETUP, timeout=300, output_hook=opened.append)
        assert reply["content"]["status"] == "ok", reply["content"]
        slider = next(m["content"]["comm_id"] for m in opened if m["msg_type"] == "comm_open"
                      and m["content"]["data"]["state"]["_model_name"] == "IntSliderModel")
        times = []
        for run in range(runs + 2):
            value = run % 7 + 2  # 2..8, never the value before
            msg = kc.session.msg("comm_msg", {"comm_id": slider, "data": {
                "method": "update", "state": {"value": value}, "buffer_paths": []}})
            start = time.perf_counter()
            kc.shell_channel.send(msg)
            while True:
                out = kc.get_iopub_msg(timeout=30)
                if out["msg_type"] == "update_display_data":
                    break
            if run >= 2:  # the first two warm up the drawing code
                times.append((time.perf_counter() - start) * 1000)
            time.sleep(0.1)
        times.sort()
        p90 = times[min(len(times) - 1, int(0.9 * len(times)))]
        print(f"slider to redrawn decision boundary: p50 {statistics.median(times):.0f} ms, "
              f"p90 {p90:.0f} ms, max {times[-1]:.0f} ms ({len(times)} runs)")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
