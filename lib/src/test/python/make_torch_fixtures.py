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
It also writes torch-dtype-fixtures.json next to it: PyTorch's type promotion table and the
dtypes and values of index, mask and integer operations, for DTypeParityTest.
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


def positive(*shape):
    return randn(*shape).abs() + 0.5


def distinct_columns(n, m, k):
    """k different column indices per row (scatter refuses a position written twice)."""
    return torch.stack([torch.randperm(m, generator=generator)[:k] for _ in range(n)])


# ---- operations added for issue 17 (composites appended, so earlier fixtures stay the same) ----

def trig_log1p_expm1_erf():
    n, m = size(), size()
    f = lambda x: x.sin() * x.cos() + x.abs().log1p() - (x * 0.5).expm1() + x.erf()
    return f, [randn(n, m)]


def steps_sign_round():
    n, m = size(), size()
    f = lambda x: x * (x * 3).floor() + (x * 3).ceil() * x.sign() - (x * 2.5).round() * x
    return f, [randn(n, m)]


def scalar_first():
    n, m = size(), size()
    f = lambda x, y: (1 - x) * (2 / y) + 2 ** x + x.square() + y.reciprocal() + y.rsqrt() + torch.rsub(x, 3)
    return f, [randn(n, m), positive(n, m)]


def reductions_new():
    a, b, c = size(), size(), size()
    f = lambda x: (x.amax((0, 2), keepdim=True) * x + x.amin(1).unsqueeze(1) + x.prod(2, keepdim=True)
                   + x.cumsum(1) + x.norm() + x.norm(p=1, dim=2, keepdim=True) + x.std(1, keepdim=True)
                   + x.std() + x.norm(p=3, dim=(0, 1)) + x.norm(p=float("inf"), dim=2, keepdim=True)
                   + x.prod() * 0.01)
    return f, [randn(a, b, c)]


def sort_topk_argmin():
    n, m = size(), size(3, 6)
    f = lambda x: torch.cat([x.sort(1, descending=True).values,
                             x.topk(2, dim=1).values * x.topk(2, dim=1).indices.double(),
                             x.argmin(1).unsqueeze(1).double(),
                             x.topk(2, dim=1, largest=False).values,
                             x.sort(0).values * x.sort(0).indices.double()], 1)
    return f, [randn(n, m)]


def split_chunk_unbind_step():
    n, m = size(4, 7), size(5, 8)
    def f(x):
        pieces = (list(x.split(2, 1)) + [c * 2 for c in x.chunk(3, 0)] + [r * r for r in x.unbind(1)]
                  + list(x.split([1, m - 3, 2], 1)) + [x[1::2, ::3]])
        return torch.cat([p.reshape(-1) for p in pieces])
    return f, [randn(n, m)]


def scatter_masked_fill():
    n, m = size(), size(3, 6)
    f = lambda x, s, i, mask: (x.scatter(1, i, s) * 2 + x.scatter_add(1, i, s * s)
                               + x.masked_fill(mask > 0, 0.5) + x.scatter(1, i, 3.0))
    mask = torch.randint(0, 2, (n, m), generator=generator)
    return f, [randn(n, m), randn(n, 2), distinct_columns(n, m, 2), mask]


def repeat_flip_roll_triangles():
    n, m = size(), size()
    f = lambda x: ((x.repeat(2, 1, 2) * 1.5).sum(0) + x.flip(0, 1).repeat(1, 2) + x.roll(1, 0).repeat(1, 2)
                   + x.roll(-2).repeat(1, 2) + x.tril(1).repeat(1, 2) * x.triu(-1).repeat(1, 2))
    return f, [randn(n, m)]


def diag_outer_dot_einsum():
    n, k = size(), size()
    f = lambda v, w, a, b, c: (torch.einsum("ij,jk->ik", a, b) + torch.diag(v) @ b + torch.outer(v, w) @ b
                               + torch.dot(v, w) * torch.diag(a).unsqueeze(1) + torch.einsum("i,ik->k", v, b)
                               + torch.einsum("ij->ji", a) @ b + torch.einsum("ij,ij->", a, a)
                               + torch.einsum("bij,bjk->bik", c, b.expand(2, n, k)).sum(0)
                               + torch.einsum("ik", b) + torch.diag(b).sum())
    return f, [randn(n), randn(n), randn(n, n), randn(n, k), randn(2, n, n)]


def matmul_rules():
    b, n, k, p, q = size(), size(), size(), size(), size()
    f = lambda a, m, v, e: ((a @ m + v @ m + (a @ v).unsqueeze(-1)) @ e) + v @ v
    return f, [randn(b, n, k), randn(k, p), randn(k), randn(1, p, q)]


def activations_new():
    n, m = size(), size()
    f = lambda x, y: (F.gelu(x) + F.silu(x) * F.softplus(y) + F.softplus(x * 10, beta=2, threshold=5)
                      + F.log_softmax(x, 1))
    return f, [randn(n, m), randn(n, m)]


def conv1d_stride_padding():
    n, c, o, k = size(1, 3), size(1, 3), size(1, 4), size(1, 3)
    length = size(k + 1, 9)
    f = lambda x, w, b: F.conv1d(x, w, b, stride=2, padding=1)
    return f, [randn(n, c, length), randn(o, c, k), randn(o)]


def pad_adaptive_avg_pool():
    n, c, h, w = size(1, 2), size(1, 3), size(4, 7), size(4, 7)
    f = lambda x: F.adaptive_avg_pool2d(F.pad(x, (1, 2, 0, 1), value=0.5), (3, 2)) + F.pad(x, (1, 1, 2, 0))[:, :, :3, :2].sum()
    return f, [randn(n, c, h, w)]


def layer_norm():
    n, b, c = size(), size(), size()
    f = lambda x, w, bias, w2, b2: (F.layer_norm(x, (c,), w, bias, 1e-5)
                                    + F.layer_norm(x, (b, c), w2, b2, 1e-3))
    return f, [randn(n, b, c), randn(c), randn(c), randn(b, c), randn(b, c)]


def losses_new():
    n, c = size(), size(3, 6)
    f = lambda s, y, t, o, r: (F.nll_loss(s.log_softmax(1), y) + F.binary_cross_entropy(s.sigmoid(), t)
                               + F.binary_cross_entropy_with_logits(s, t) + F.smooth_l1_loss(o, r, beta=0.7)
                               + F.huber_loss(o, r, delta=1.3)
                               + F.kl_div(s.log_softmax(1), t.softmax(1), reduction="batchmean"))
    return f, [randn(n, c), labels(n, c), torch.rand((n, c), generator=generator, dtype=torch.float64),
               randn(n, c), randn(n, c)]


def losses_unreduced():
    n, c = size(), size(3, 6)
    f = lambda s, y, t, o, r: torch.cat([
        F.nll_loss(s.log_softmax(1), y, reduction="none"),
        F.binary_cross_entropy(s.sigmoid(), t, reduction="none").reshape(-1),
        F.binary_cross_entropy_with_logits(s, t, reduction="sum").reshape(1),
        F.smooth_l1_loss(o, r, beta=0.7, reduction="none").reshape(-1),
        F.huber_loss(o, r, delta=1.3, reduction="sum").reshape(1),
        F.kl_div(s.log_softmax(1), t.softmax(1), reduction="none").sum(1)])
    return f, [randn(n, c), labels(n, c), torch.rand((n, c), generator=generator, dtype=torch.float64),
               randn(n, c), randn(n, c)]


def clone_unique_nonzero_ne():
    n, m = size(), size()
    f = lambda x, z: torch.cat([x.clone().reshape(-1) * 2, (x * 2).round().detach().unique(),
                                (x * 2).round().nonzero().double().reshape(-1), x.ne(z).double().reshape(-1)])
    x = randn(n, m)
    z = torch.where(torch.rand((n, m), generator=generator) > 0.5, x, randn(n, m))
    return f, [x, z]


def argument_orders():
    """Reductions as PyTorch orders their arguments (dims, then keepdim), max/min with indices, cat, stack, full."""
    a, b, c = size(), size(), size()
    f = lambda x: (x.sum(1, keepdim=True) + x.sum((0, 2), keepdim=True) + x.sum(2).unsqueeze(2) + x.sum((0, 1))
                   + x.mean(0) + x.mean((1, 2), keepdim=True) + x.amax(2, keepdim=True) + x.amin((0, 1))
                   + x.var(1, False, True) + x.std(2, True, True) + x.var(0) * x.std(0)
                   + x.norm(1, 2, keepdim=True) + x.logsumexp(1).unsqueeze(1) + x.prod(0) * 0.1
                   + x.max(1, keepdim=True).values + x.min(2).values.unsqueeze(2)
                   + x.max(0).indices.double() + x.min(1, keepdim=True).indices.double()
                   + torch.cat([x, x * 2], 0)[:a] + torch.stack([x, x], 3).sum(3)
                   + torch.full((c,), 0.5, dtype=torch.float64))
    return f, [randn(a, b, c)]


def linear_layout():
    """F.linear with PyTorch's [out, in] weight: x Wᵀ + b."""
    n, i, o = size(), size(), size()
    f = lambda x, w, b: F.linear(x, w, b) + F.linear(x, w, None).tanh()
    return f, [randn(n, i), randn(o, i), randn(o)]


def multi_margin_times_classes():
    """The slides' multiclass SVM loss is PyTorch's multi_margin_loss times the number of classes."""
    n, c = size(), size(3, 6)
    f = lambda s, y: F.multi_margin_loss(s, y) * c + F.multi_margin_loss(s, y, reduction="none") * c
    return f, [randn(n, c), labels(n, c)]


def float32_float64_promotion():
    """float32 with float64 gives float64, as PyTorch promotes; the gradient returns through the cast."""
    n, m = size(), size()
    f = lambda x, y: x.float() * y + (y - x.float()).exp() + torch.where(x.float() > y, x.float(), y)
    return f, [randn(n, m), randn(n, m)]


COMPOSITES = [linear_relu_logsumexp, log_softmax_cross_entropy, softmax_cross_entropy, svm_hinge,
              standardize_keepdim, reductions_mixed, where_clamp_pow_sqrt, exp_log_div_minmax,
              activations, permute_reshape_matmul, slice_concat_stack, batched_matmul_bias,
              unsqueeze_expand_squeeze, two_sided_broadcast_softmax, gather_logsumexp_dim0, twenty_lines_loss,
              trig_log1p_expm1_erf, steps_sign_round, scalar_first, reductions_new, sort_topk_argmin,
              split_chunk_unbind_step, scatter_masked_fill, repeat_flip_roll_triangles, diag_outer_dot_einsum,
              matmul_rules, activations_new, conv1d_stride_padding, pad_adaptive_avg_pool, layer_norm, losses_new,
              losses_unreduced, clone_unique_nonzero_ne, argument_orders, linear_layout,
              multi_margin_times_classes, float32_float64_promotion]


def tensor_json(t):
    return {"shape": list(t.shape), "values": t.detach().reshape(-1).tolist()}


def case(composite):
    f, inputs = composite()
    leaves = [x.clone().requires_grad_(x.is_floating_point()) for x in inputs]
    out = f(*leaves)
    upstream = randn(*out.shape)
    if out.requires_grad:
        out.backward(upstream)
    return {
        "composite": composite.__name__,
        "inputs": [dict(tensor_json(x), requiresGrad=x.requires_grad,
                        grad=tensor_json(x.grad) if x.grad is not None else None) for x in leaves],
        "upstream": tensor_json(upstream),
        "output": tensor_json(out),
    }


DTYPES = {"bool": torch.bool, "int64": torch.int64, "float32": torch.float32, "float64": torch.float64}
DTYPE_OUT = OUT.with_name("torch-dtype-fixtures.json")


def dtype_name(t):
    return str(t).replace("torch.", "")


def dtype_ops():
    """Integer and bool dtypes: what each operation gives (dtype and values) for fixed inputs x, y (float), labels, mask.

    Each name has a twin in lib/src/test/java/org/dendrite/tensor/DTypeParityTest.java."""
    x = torch.tensor([[0.5, -1.0, 2.0, 2.0], [3.0, 0.25, -2.0, 1.0], [-0.5, -0.5, 0.0, 4.0]])
    y = torch.tensor([2, 0, 1])
    mask = x > 0.3
    return x, y, mask, {
        "argmax": x.argmax(1), "argmin": x.argmin(1), "max_values": x.max(1).values, "max_indices": x.max(1).indices,
        "min_indices_keepdim": x.min(0, keepdim=True).indices, "topk_indices": x.topk(2, 1).indices,
        "sort_indices": x.sort(1, descending=True).indices, "nonzero": mask.nonzero(),
        "gt": x > 0.3, "lt_tensor": x < x.mean(1, keepdim=True), "ge": x >= 2, "le": x <= 0, "eq": x.argmax(1) == y,
        "ne": x.argmax(1) != y, "logical_not": ~mask, "where_bool": torch.where(mask, x, -x),
        "masked_fill": x.masked_fill(mask, -1.0), "accuracy": (x.argmax(1) == y).float().mean(),
        "sum_bool": mask.sum(), "sum_bool_dim": mask.sum(1), "sum_int64": y.sum(), "max_int64": y.max(),
        "neg_int64": -y, "abs_int64": (y - 1).abs(), "exp_int64": y.exp(), "int64_times_double": y * 2.5,
        "int64_plus_int64": y + y, "int64_div_int64": y / torch.tensor([2, 2, 2]), "int64_plus_float32": y + x[:, 0],
        "bool_plus_bool": mask + mask, "bool_times_float32": mask * x, "float_to_int64": (x * 1.5).long(),
        "float_to_bool": x.bool(), "gather_int64_index": x.gather(1, y.unsqueeze(1)), "one_hot": F.one_hot(y, 4),
        "cross_entropy": F.cross_entropy(x, y), "int64_clone": y.clone(), "unique_int64": torch.tensor([3, 1, 3, 0]).unique(),
    }


def dtype_fixtures():
    names = list(DTYPES)
    promotion = [{"a": a, "b": b, "result": dtype_name(torch.result_type(torch.ones(1, dtype=DTYPES[a]),
                                                                           torch.ones(1, dtype=DTYPES[b])))}
                 for a in names for b in names]
    scalar = [{"a": a, "result": dtype_name(torch.result_type(torch.ones(1, dtype=DTYPES[a]), 2.5))} for a in names]
    x, y, mask, ops = dtype_ops()
    refused = {}
    for name, attempt in {"mean_int64": lambda: y.mean(), "requires_grad_int64": lambda: y.clone().requires_grad_(),
                          "where_float_mask": lambda: torch.where(mask.float(), x, x),
                          "gather_float_index": lambda: x.gather(1, y.unsqueeze(1).float()),
                          "cross_entropy_float_labels": lambda: F.cross_entropy(x, y.float()),
                          "norm_int64": lambda: y.norm(), "randn_like_int64": lambda: torch.randn_like(y)}.items():
        try:
            attempt()
            refused[name] = None
        except RuntimeError as e:
            refused[name] = str(e).splitlines()[0]
    return {"generator": "lib/src/test/python/make_torch_fixtures.py", "torch": torch.__version__,
            "promotion": promotion, "scalar": scalar,
            "inputs": {"x": tensor_json(x), "y": tensor_json(y)},
            "ops": [dict(tensor_json(v), name=k, dtype=dtype_name(v.dtype)) for k, v in ops.items()],
            "refused": refused}


def main():
    fixtures = [case(composite) for composite in COMPOSITES for _ in range(CASES)]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = json.dumps({"generator": "lib/src/test/python/make_torch_fixtures.py",
                         "torch": torch.__version__, "seed": SEED})
    lines = ",\n".join(json.dumps(fixture) for fixture in fixtures)  # one fixture a line
    OUT.write_text(header[:-1] + ', "fixtures": [\n' + lines + "\n]}\n")
    print(f"wrote {len(fixtures)} fixtures to {OUT} ({OUT.stat().st_size // 1024} KB)")
    DTYPE_OUT.write_text(json.dumps(dtype_fixtures(), indent=1) + "\n")
    print(f"wrote the dtype fixtures to {DTYPE_OUT}")


if __name__ == "__main__":
    main()
