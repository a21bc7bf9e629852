#!/usr/bin/python3
"""PyTorch fixtures for Dendrite's TorchParityTest: inputs, outputs and input gradients of
composites of tensor operations, in float64, on random shapes with broadcasting.

Each composite below has a twin of the same name in
lib/src/test/java/org/dendrite/tensor/TorchParityTest.java. For every case the script draws
shapes and inputs, computes the composite, backpropagates a random upstream gradient of the
output's shape, and stores everything; the Java test rebuilds the composite with Dendrite
tensors and compares the output and each input's gradient at 1e-5 relative.

Regenerate (needs Debian's python3-torch; the output is deterministic for a given torch):

    /usr/bin/python3 lib/src/test/python/make_torch_fixtures.py

which rewrites lib/src/test/resources/org/dendrite/tensor/torch-fixtures.json. After adding a
composite here, add its twin to TorchParityTest (the test fails on a name it does not know).
"""
import json
import pathlib

import torch
import torch.nn.functional as F

SEED = 2024
CASES = 2
OUT = (pathlib.Path(__file__).resolve().parents[1]
       / "resources" / "org" / "dendrite" / "tensor" / "torch-fixtures.json")

generator = torch.Generator().manual_seed(SEED)


def size(low=2, high=5):
    return int(torch.randint(low, high + 1, (1,), generator=generator))


def randn(*shape):
    return torch.randn(tuple(shape), generator=generator, dtype=torch.float64)


def labels(n, classes):
    """Class indices: an integer tensor, so it needs no gradient."""
    return torch.randint(0, classes, (n,), generator=generator)


def linear_relu_logsumexp():
    n, d, h = size(), size(), size()
    return (lambda x, w, b: (x @ w + b).relu().logsumexp(1)), [randn(n, d), randn(d, h), randn(h)]


def log_softmax_cross_entropy():
    n, c = size(), size(3, 6)
    f = lambda s, y: -s.log_softmax(1).gather(1, y.unsqueeze(1)).mean()
    return f, [randn(n, c), labels(n, c)]


def softmax_cross_entropy():
    n, d, c = size(), size(), size(3, 6)
    f = lambda x, w, y: -(x @ w).softmax(1).gather(1, y.unsqueeze(1)).log().mean()
    return f, [randn(n, d), randn(d, c), labels(n, c)]


def svm_hinge():
    n, c = size(), size(3, 6)
    f = lambda s, y: (s - s.gather(1, y.unsqueeze(1)) + 1).clamp(min=0).sum(1).mean()
    return f, [randn(n, c), labels(n, c)]


def standardize_keepdim():
    a, b, c = size(), size(), size()
    f = lambda x: (x - x.mean(1, keepdim=True)) / (x.var(1, keepdim=True) + 1e-5).sqrt() * x.max(2, keepdim=True).values
    return f, [randn(a, b, c)]


def reductions_mixed():
    a, b, c = size(), size(), size()
    f = lambda x: (x.mean((0, 2), keepdim=True) * x + x.var(2, unbiased=False).unsqueeze(2)
                   - x.min(1, keepdim=True).values + x.sum() * 0.1 - x.max())
    return f, [randn(a, b, c)]


def where_clamp_pow_sqrt():
    n, m = size(), size()
    f = lambda x, y, z: (torch.where(x > y, x.clamp(-1, 1).pow(3), (z.exp() + 1).log())
                         * (x * x + 1).sqrt() + (x.abs() + 0.1).pow(y))
    return f, [randn(n, m), randn(m), randn(n, 1)]


def exp_log_div_minmax():
    n, m = size(), size()
    f = lambda a, b: (a.exp() / (b.exp() + 1)).log() - torch.minimum(a, b) + torch.maximum(a, b).abs() / (a * a + 2)
    return f, [randn(n, m), randn(m)]


def activations():
    n, m = size(), size()
    f = lambda x, y: F.leaky_relu(x, 0.1) + F.elu(x * y, 1.0) * y.tanh() - (x - y).sigmoid()
    return f, [randn(n, m), randn(m)]


def permute_reshape_matmul():
    a, b, c, k = size(), size(), size(), size()
    f = lambda x, w: (x.permute(2, 0, 1).reshape(c, a * b) @ w).transpose(0, 1).flatten()
    return f, [randn(a, b, c), randn(a * b, k)]


def slice_concat_stack():
    n, m, k = size(), size(3, 6), size()
    def f(x, y):
        joined = torch.cat([x[:, 1:-1], y, x[:, :1]], 1)
        stacked = torch.stack([joined, joined * joined], 2)
        return stacked.index_select(0, torch.tensor([1, 0, 1])).select(2, 1) + stacked.select(2, 0).sum(0)
    return f, [randn(n, m), randn(n, k)]


def batched_matmul_bias():
    b, m, k, n = size(), size(), size(), size()
    f = lambda a, w, c: (a @ w + c).tanh() @ w.transpose(1, 2)
    return f, [randn(b, m, k), randn(b, k, n), randn(n)]


def unsqueeze_expand_squeeze():
    n, m = size(), size()
    f = lambda x, w, z: (x.unsqueeze(0).expand(3, n, m) * w).sum(0) + z.squeeze(1)
    return f, [randn(n, m), randn(3, 1, m), randn(n, 1, m)]


def two_sided_broadcast_softmax():
    a, b, c = size(), size(), size()
    f = lambda p, q: (p * q - p / (q.exp() + 1)).pow(2).add(1).sqrt().softmax(0)
    return f, [randn(b, 1, c), randn(a, 1)]


def gather_logsumexp_dim0():
    c, n = size(3, 6), size()
    f = lambda s, y: (s.gather(0, y.unsqueeze(0)) - s.logsumexp(0, keepdim=True)).squeeze(0)
    return f, [randn(c, n), labels(n, c)]


def twenty_lines_loss():
    n, d, h, o = size(), size(), size(), size()
    f = lambda x, w1, w2, y: ((x @ w1).sigmoid() @ w2 - y).pow(2).sum()
    return f, [randn(n, d), randn(d, h), randn(h, o), randn(n, o)]


COMPOSITES = [linear_relu_logsumexp, log_softmax_cross_entropy, softmax_cross_entropy, svm_hinge,
              standardize_keepdim, reductions_mixed, where_clamp_pow_sqrt, exp_log_div_minmax,
              activations, permute_reshape_matmul, slice_concat_stack, batched_matmul_bias,
              unsqueeze_expand_squeeze, two_sided_broadcast_softmax, gather_logsumexp_dim0, twenty_lines_loss]


def tensor_json(t):
    return {"shape": list(t.shape), "values": t.detach().reshape(-1).tolist()}


def case(composite):
    f, inputs = composite()
    leaves = [x.clone().requires_grad_(x.is_floating_point()) for x in inputs]
    out = f(*leaves)
    upstream = randn(*out.shape)
    out.backward(upstream)
    return {
        "composite": composite.__name__,
        "inputs": [dict(tensor_json(x), requiresGrad=x.requires_grad,
                        grad=tensor_json(x.grad) if x.requires_grad else None) for x in leaves],
        "upstream": tensor_json(upstream),
        "output": tensor_json(out),
    }


def main():
    fixtures = [case(composite) for composite in COMPOSITES for _ in range(CASES)]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = json.dumps({"generator": "lib/src/test/python/make_torch_fixtures.py",
                         "torch": torch.__version__, "seed": SEED})
    lines = ",\n".join(json.dumps(fixture) for fixture in fixtures)  # one fixture a line
    OUT.write_text(header[:-1] + ', "fixtures": [\n' + lines + "\n]}\n")
    print(f"wrote {len(fixtures)} fixtures to {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
