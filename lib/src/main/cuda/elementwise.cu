// Element-wise kernels: fill, unary functions, binary operations (same shape, with a scalar,
// or broadcast through strides) and where. Float32 only.
#include "shape.cuh"

// The codes are the ordinals of org.dendrite.tensor.Backend.Binary and Backend.Unary, in the
// same order (KernelSourceTest fails when they drift apart).
enum class BinaryOp { ADD, SUB, MUL, DIV, POW, MAX, MIN, GT, LT, GE, LE, EQ };
enum class UnaryOp { NEG, EXP, LOG, SQRT, ABS, SIGN, SIGMOID, TANH, RELU, LEAKY_RELU, ELU, STEP,
                     SIN, COS, LOG1P, EXPM1, ERF, FLOOR, CEIL, ROUND };

__device__ inline float apply_binary(int op, float x, float y) {
    switch ((BinaryOp) op) {
        case BinaryOp::ADD: return x + y;
        case BinaryOp::SUB: return x - y;
        case BinaryOp::MUL: return x * y;
        case BinaryOp::DIV: return x / y;
        case BinaryOp::POW: return powf(x, y);
        case BinaryOp::MAX: return fmaxf(x, y);
        case BinaryOp::MIN: return fminf(x, y);
        case BinaryOp::GT: return x > y ? 1.0f : 0.0f;
        case BinaryOp::LT: return x < y ? 1.0f : 0.0f;
        case BinaryOp::GE: return x >= y ? 1.0f : 0.0f;
        case BinaryOp::LE: return x <= y ? 1.0f : 0.0f;
        case BinaryOp::EQ: return x == y ? 1.0f : 0.0f;
    }
    return 0.0f;
}

__device__ inline float apply_unary(int op, float x, float param) {
    switch ((UnaryOp) op) {
        case UnaryOp::NEG: return -x;
        case UnaryOp::EXP: return expf(x);
        case UnaryOp::LOG: return logf(x);
        case UnaryOp::SQRT: return sqrtf(x);
        case UnaryOp::ABS: return fabsf(x);
        case UnaryOp::SIGN: return (float) ((x > 0.0f) - (x < 0.0f));
        case UnaryOp::SIGMOID: return 1.0f / (1.0f + expf(-x));
        case UnaryOp::TANH: return tanhf(x);
        case UnaryOp::RELU: return x > 0.0f ? x : 0.0f;
        case UnaryOp::LEAKY_RELU: return x > 0.0f ? x : param * x;
        case UnaryOp::ELU: return x > 0.0f ? x : param * (expf(x) - 1.0f);
        case UnaryOp::STEP: return x > 0.0f ? 1.0f : 0.0f;
        case UnaryOp::SIN: return sinf(x);
        case UnaryOp::COS: return cosf(x);
        case UnaryOp::LOG1P: return log1pf(x);
        case UnaryOp::EXPM1: return expm1f(x);
        case UnaryOp::ERF: return erff(x);
        case UnaryOp::FLOOR: return floorf(x);
        case UnaryOp::CEIL: return ceilf(x);
        case UnaryOp::ROUND: return rintf(x);
    }
    return 0.0f;
}

extern "C" __global__ void fill(int n, float value, float* out) {
    FOR_EACH(i, n) {
        out[i] = value;
    }
}

extern "C" __global__ void unary(int op, int n, float param, const float* x, float* out) {
    FOR_EACH(i, n) {
        out[i] = apply_unary(op, x[i], param);
    }
}

extern "C" __global__ void binary_same(int op, int n, const float* a, const float* b, float* out) {
    FOR_EACH(i, n) {
        out[i] = apply_binary(op, a[i], b[i]);
    }
}

extern "C" __global__ void binary_scalar(int op, int n, float scalar, const float* a, float* out) {
    FOR_EACH(i, n) {
        out[i] = apply_binary(op, a[i], scalar);
    }
}

extern "C" __global__ void binary_broadcast(int op, int n, int rank, Dims shape, Dims a_strides, Dims b_strides,
                                            const float* a, const float* b, float* out) {
    FOR_EACH(i, n) {
        out[i] = apply_binary(op, a[strided_offset(i, rank, shape, a_strides)],
                              b[strided_offset(i, rank, shape, b_strides)]);
    }
}

extern "C" __global__ void where_broadcast(int n, int rank, Dims shape, Dims mask_strides, Dims a_strides,
                                           Dims b_strides, const float* mask, const float* a, const float* b,
                                           float* out) {
    FOR_EACH(i, n) {
        out[i] = mask[strided_offset(i, rank, shape, mask_strides)] != 0.0f
                ? a[strided_offset(i, rank, shape, a_strides)]
                : b[strided_offset(i, rank, shape, b_strides)];
    }
}
