// Kernels that move values without arithmetic (except scatter_add's sums): strided copies
// for permute, broadcast, slice and concat, and gathers and scatters through offset lists.
#include "shape.cuh"

// out[out_offset + position(i) . out_strides] = in[in_offset + position(i) . in_strides],
// where position(i) is the coordinate of the i-th element of shape.
extern "C" __global__ void copy_strided(int n, int rank, Dims shape, Dims in_strides, int in_offset,
                                        Dims out_strides, int out_offset, const float* in, float* out) {
    FOR_EACH(i, n) {
        out[out_offset + strided_offset(i, rank, shape, out_strides)] =
                in[in_offset + strided_offset(i, rank, shape, in_strides)];
    }
}

// out[i] = x[offsets[i]]
extern "C" __global__ void gather(int n, const int* offsets, const float* x, float* out) {
    FOR_EACH(i, n) {
        out[i] = x[offsets[i]];
    }
}

// out[offsets[i]] += values[i], adding where an offset repeats.
extern "C" __global__ void scatter_add(int n, const int* offsets, const float* values, float* out) {
    FOR_EACH(i, n) {
        atomicAdd(&out[offsets[i]], values[i]);
    }
}
