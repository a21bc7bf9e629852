// Shapes and strides passed to kernels by value: up to MAX_RANK dimensions, row-major.
#pragma once

#define MAX_RANK 8
#define THREADS 256

struct Dims {
    int v[MAX_RANK];
};

// A convolution or pooling window: kernel height and width, strides, paddings.
struct Window {
    int kh, kw, sh, sw, ph, pw;
};

// The offset of the i-th element (row-major over shape[0..rank)) in a tensor with these
// strides; a stride of 0 repeats a broadcast dimension.
__device__ inline int strided_offset(int i, int rank, const Dims& shape, const Dims& strides) {
    int offset = 0;
#pragma unroll
    for (int d = MAX_RANK - 1; d >= 0; d--) {
        if (d < rank) {
            int coordinate = i % shape.v[d];
            i /= shape.v[d];
            offset += coordinate * strides.v[d];
        }
    }
    return offset;
}

// A grid-stride loop over n elements.
#define FOR_EACH(i, n) for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < (n); i += blockDim.x * gridDim.x)
