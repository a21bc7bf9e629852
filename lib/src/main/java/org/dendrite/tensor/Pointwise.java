package org.dendrite.tensor;

import org.dendrite.tensor.backend.Backend.Binary;
import org.dendrite.tensor.backend.Backend.Unary;
import org.dendrite.tensor.backend.Shapes;
import org.dendrite.tensor.backend.Storage;

/**
 * Element-wise operations with their gradients. Binary operations broadcast; a gradient that
 * reaches a broadcast input is summed back to that input's shape ({@link Reshaping#sumTo}).
 * Operands of two types are promoted as PyTorch's {@code torch.result_type} ({@link DType#promote});
 * int64 and bool operands are computed in the backend's
 * {@link org.dendrite.tensor.backend.Backend#computeType()} and the result cast back, except where PyTorch gives floats (division, a Java double scalar, exp and
 * the other non-integer functions give float32). Comparisons give bool.
 */
final class Pointwise {

    private Pointwise() {
    }

    static Tensor binary(String op, Binary kind, Tensor a, Tensor b) {
        checkSameDevice(op, a, b);
        DType wider = DType.promote(a.dtype(), b.dtype());
        if (!wider.isFloatingPoint()) {
            if (kind == Binary.DIV) {
                return binary(op, kind, a.to(DType.FLOAT32), b.to(DType.FLOAT32));
            }
            DType compute = a.backend().computeType();
            return binary(op, kind, a.to(compute), b.to(compute)).to(wider);
        }
        if (a.dtype() != b.dtype()) {
            return binary(op, kind, a.to(wider), b.to(wider));
        }
        long[] shape = Shapes.broadcast(op, a.storage().shape(), b.storage().shape());
        Storage out = a.backend().binary(kind, a.storage(), b.storage(), shape);
        Tensor[] result = new Tensor[1];
        result[0] = Tensor.record(op, a, out, g -> {
            Tensor[] grads = switch (kind) {
                case ADD -> new Tensor[] {g, g};
                case SUB -> new Tensor[] {g, g.neg()};
                case MUL -> new Tensor[] {g.mul(b), g.mul(a)};
                case DIV -> new Tensor[] {g.div(b), g.mul(a).neg().div(b.mul(b))};
                case POW -> new Tensor[] {
                    g.mul(b).mul(a.pow(b.sub(1))),
                    b.requiresGrad() ? g.mul(result[0]).mul(a.log()) : null};
                case MAX -> routed(g, indicator(Binary.GE, a, b));
                case MIN -> routed(g, indicator(Binary.LE, a, b));
                default -> throw new IllegalStateException(op + " has no gradient");
            };
            return new Tensor[] {sumTo(grads[0], a), sumTo(grads[1], b)};
        }, a, b);
        return result[0];
    }

    static Tensor scalar(String op, Binary kind, Tensor a, double s) {
        if (!a.dtype().isFloatingPoint()) {
            return scalar(op, kind, a.to(DType.FLOAT32), s);
        }
        Storage out = a.backend().binaryScalar(kind, a.storage(), s);
        return Tensor.record(op, a, out, g -> new Tensor[] {switch (kind) {
            case ADD, SUB -> g;
            case MUL -> g.mul(s);
            case DIV -> g.div(s);
            case POW -> g.mul(a.pow(s - 1)).mul(s);
            case MAX -> g.mul(indicator(Binary.GE, a, s));
            case MIN -> g.mul(indicator(Binary.LE, a, s));
            default -> throw new IllegalStateException(op + " has no gradient");
        }}, a);
    }

    static Tensor unary(String op, Unary kind, Tensor a, double param) {
        if (!a.dtype().isFloatingPoint()) {
            boolean whole = switch (kind) {
                case NEG, ABS, SIGN, RELU, FLOOR, CEIL, ROUND -> true;
                default -> false;
            };
            return whole ? unary(op, kind, a.to(a.backend().computeType()), param).to(a.dtype())
                    : unary(op, kind, a.to(DType.FLOAT32), param);
        }
        Storage out = a.backend().unary(kind, a.storage(), param);
        Tensor[] result = new Tensor[1];
        result[0] = Tensor.record(op, a, out, g -> {
            Tensor y = result[0];
            return new Tensor[] {switch (kind) {
                case NEG -> g.neg();
                case EXP -> g.mul(y);
                case LOG -> g.div(a);
                case SQRT -> g.div(y.mul(2));
                case ABS -> g.mul(Pointwise.unary("sign", Unary.SIGN, a, 0));
                case SIGMOID -> g.mul(y).mul(y.neg().add(1));
                case TANH -> g.mul(y.mul(y).neg().add(1));
                case RELU -> g.mul(indicator(Binary.GT, a, 0));
                case LEAKY_RELU -> g.mul(indicator(Binary.GT, a, 0).mul(1 - param).add(param));
                case ELU -> {
                    Tensor positive = indicator(Binary.GT, a, 0);
                    yield g.mul(positive.add(positive.rsub(1).mul(y.add(param))));
                }
                case SIN -> g.mul(a.cos());
                case COS -> g.mul(a.sin()).neg();
                case LOG1P -> g.div(a.add(1));
                case EXPM1 -> g.mul(y.add(1));
                case ERF -> g.mul(a.mul(a).neg().exp().mul(2 / Math.sqrt(Math.PI)));
                case SIGN, FLOOR, CEIL, ROUND -> Tensor.zerosLike(g); // steps: 0 wherever defined, as PyTorch
                case STEP -> throw new IllegalStateException(op + " has no gradient");
            }};
        }, a);
        return result[0];
    }

    /** Each value limited to [min, max]; the gradient flows where the value was not clipped. */
    static Tensor clamp(Tensor a, double min, double max) {
        if (min > max) {
            throw new IllegalArgumentException("clamp: min " + min + " is above max " + max);
        }
        return a.maximum(min).minimum(max);
    }

    static Tensor where(Tensor mask, Tensor a, Tensor b) {
        requireBool("where", mask);
        checkSameDevice("where", a, b);
        checkSameDevice("where", mask, a);
        DType wider = DType.promote(a.dtype(), b.dtype());
        if (!wider.isFloatingPoint()) {
            DType compute = a.backend().computeType();
            return where(mask, a.to(compute), b.to(compute)).to(wider);
        }
        if (a.dtype() != b.dtype()) {
            return where(mask, a.to(wider), b.to(wider));
        }
        long[] shape = Shapes.broadcast("where", Shapes.broadcast("where", mask.storage().shape(), a.storage().shape()),
                b.storage().shape());
        Storage out = a.backend().where(mask.to(a.dtype()).storage(), a.storage(), b.storage(), shape);
        return Tensor.record("where", a, out, g -> {
            Tensor zero = Tensor.constant(0, g);
            return new Tensor[] {null, sumTo(where(mask, g, zero), a), sumTo(where(mask, zero, g), b)};
        }, mask, a, b);
    }

    static Tensor compare(String op, Binary kind, Tensor a, Tensor b) {
        checkSameDevice(op, a, b);
        DType wider = DType.promote(a.dtype(), b.dtype());
        DType compute = wider.isFloatingPoint() ? wider : a.backend().computeType();
        return toBool(indicator(kind, a.to(compute), b.to(compute)));
    }

    /** {@code value op a}: scalar-first arithmetic such as {@code 1 - x} and {@code 2 / x}. */
    static Tensor scalarFirst(String op, Binary kind, double value, Tensor a) {
        Tensor floats = a.dtype().isFloatingPoint() ? a : a.to(DType.FLOAT32);
        return binary(op, kind, Tensor.constant(value, floats), floats);
    }

    static Tensor compare(String op, Binary kind, Tensor a, double value) {
        DType compute = a.dtype().isFloatingPoint() ? a.dtype() : a.backend().computeType();
        return toBool(indicator(kind, a.to(compute), value));
    }

    /** True where {@code mask} is false (PyTorch's {@code logical_not}); any type, non-zero counts as true. */
    static Tensor not(Tensor mask) {
        DType compute = mask.dtype().isFloatingPoint() ? mask.dtype() : mask.backend().computeType();
        return toBool(indicator(Binary.EQ, mask.to(compute), 0));
    }

    /** 1 where {@code a op b}, else 0, in their float type: the masks that gradients are multiplied by (no graph). */
    static Tensor indicator(Binary kind, Tensor a, Tensor b) {
        checkCompatible(kind.name().toLowerCase(java.util.Locale.ROOT), a, b);
        long[] shape = Shapes.broadcast(kind.name().toLowerCase(java.util.Locale.ROOT), a.storage().shape(), b.storage().shape());
        return new Tensor(a.backend().binary(kind, a.storage(), b.storage(), shape), a.backend(), null);
    }

    /** 1 where {@code a op value}, else 0, in {@code a}'s float type (no graph). */
    static Tensor indicator(Binary kind, Tensor a, double value) {
        return new Tensor(a.backend().binaryScalar(kind, a.storage(), value), a.backend(), null);
    }

    /** A 0/1 float mask as a bool tensor. */
    private static Tensor toBool(Tensor zeroOne) {
        Storage bool = zeroOne.backend().cast(zeroOne.storage(), DType.BOOL);
        zeroOne.storage().free();
        return new Tensor(bool, zeroOne.backend(), null);
    }

    /** Masks are bool, as PyTorch's: a float mask is refused with the way to make a bool one. */
    static void requireBool(String op, Tensor mask) {
        if (mask.dtype() != DType.BOOL) {
            throw new IllegalArgumentException(op + ": the mask must be bool, got " + mask.dtype()
                    + "; make one with a comparison such as x.gt(0), or convert with .to(DType.BOOL)");
        }
    }

    /** Both tensors must share an element type and a device. */
    static void checkCompatible(String op, Tensor a, Tensor b) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException(op + ": dtypes " + a.dtype() + " and " + b.dtype()
                    + " differ; convert one with .to(DType." + a.dtype().name() + ")");
        }
        checkSameDevice(op, a, b);
    }

    /** Both tensors must live on one device; the message names both and how to move one. */
    static void checkSameDevice(String op, Tensor a, Tensor b) {
        if (a.backend() != b.backend()) {
            throw new IllegalArgumentException(op + ": tensors are on different devices, " + a.device() + " and "
                    + b.device() + "; move one with .to(Device." + (b.device().isCuda() ? "cuda()" : "cpu()")
                    + ") or the model with model.to(device)");
        }
    }

    /** The gradient sent to {@code a} where the 0/1 {@code mask} is 1 and to {@code b} elsewhere. */
    private static Tensor[] routed(Tensor g, Tensor mask) {
        return new Tensor[] {g.mul(mask), g.mul(mask.neg().add(1))};
    }

    private static Tensor sumTo(Tensor g, Tensor input) {
        return g == null || !input.requiresGrad() ? null : Reshaping.sumTo(g, input.storage().shape());
    }
}
