// Reductions of the rows of a matrix: one block per row, a tree in shared memory.
// The tensor is laid out (permuted if needed) so that the reduced dimensions are the last ones.
#include "shape.cuh"

// The ordinals of org.dendrite.tensor.Backend.Reduction, in the same order.
enum class ReduceOp { SUM, MEAN, MAX, MIN, ARGMAX, ARGMIN };

// Whether (value a at index ia) wins over (b at ib): the larger (or smaller) one, the first on ties.
__device__ inline bool wins(ReduceOp op, float a, int ia, float b, int ib) {
    if (ia < 0) return false;
    if (ib < 0) return true;
    bool larger = op == ReduceOp::MAX || op == ReduceOp::ARGMAX;
    if (a == b) return ia < ib;
    return larger ? a > b : a < b;
}

extern "C" __global__ void reduce_rows(int op_code, int rows, int length, const float* x, float* out) {
    __shared__ float values[THREADS];
    __shared__ int indices[THREADS];
    ReduceOp op = (ReduceOp) op_code;
    bool sums = op == ReduceOp::SUM || op == ReduceOp::MEAN;
    for (int row = blockIdx.x; row < rows; row += gridDim.x) {
        const float* in = x + (size_t) row * length;
        float value = 0.0f;
        int index = -1;
        for (int j = threadIdx.x; j < length; j += blockDim.x) {
            float v = in[j];
            if (sums) {
                value += v;
            } else if (wins(op, v, j, value, index)) {
                value = v;
                index = j;
            }
        }
        values[threadIdx.x] = value;
        indices[threadIdx.x] = index;
        __syncthreads();
        for (int half = blockDim.x / 2; half > 0; half /= 2) {
            if (threadIdx.x < half) {
                int other = threadIdx.x + half;
                if (sums) {
                    values[threadIdx.x] += values[other];
                } else if (wins(op, values[other], indices[other], values[threadIdx.x], indices[threadIdx.x])) {
                    values[threadIdx.x] = values[other];
                    indices[threadIdx.x] = indices[other];
                }
            }
            __syncthreads();
        }
        if (threadIdx.x == 0) {
            switch (op) {
                case ReduceOp::MEAN: out[row] = values[0] / length; break;
                case ReduceOp::ARGMAX:
                case ReduceOp::ARGMIN: out[row] = (float) indices[0]; break;
                default: out[row] = values[0];
            }
        }
        __syncthreads();
    }
}
