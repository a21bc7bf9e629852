// Batched single-precision matrix product C = A B of row-major matrices (SGEMM): each block
// computes a 64 x 64 tile of C from 16-wide slices of A and B staged in shared memory; each of
// its 16 x 16 threads accumulates a 4 x 4 block of the tile in registers.
#include "shape.cuh"

#define TILE 64
#define SLICE 16
#define SIDE 16   // threads per side of a block
#define WORK 4    // rows (and columns) of C per thread: TILE / SIDE

// grid (ceil(N / TILE), ceil(M / TILE), batches), block (SIDE, SIDE). Matrix z of the batch
// starts at z * a_stride in A, z * b_stride in B and z * c_stride in C (a stride of 0 shares one
// matrix across the batch). With trans_a, A is stored K x M and used transposed; so is B with trans_b.
extern "C" __global__ void sgemm(int M, int N, int K, const float* A, int a_stride, int trans_a,
                                 const float* B, int b_stride, int trans_b, float* C, int c_stride) {
    __shared__ float a_tile[SLICE][TILE + 1];   // a_tile[k][m], padded against bank conflicts
    __shared__ float b_tile[SLICE][TILE];
    A += (size_t) blockIdx.z * a_stride;
    B += (size_t) blockIdx.z * b_stride;
    C += (size_t) blockIdx.z * c_stride;
    int tx = threadIdx.x;
    int ty = threadIdx.y;
    int thread = ty * SIDE + tx;
    int row0 = blockIdx.y * TILE;
    int col0 = blockIdx.x * TILE;
    float sum[WORK][WORK] = {};
    for (int k0 = 0; k0 < K; k0 += SLICE) {
        for (int load = thread; load < TILE * SLICE; load += SIDE * SIDE) {
            int m = load / SLICE;
            int k = load % SLICE;
            size_t a_at = trans_a ? (size_t) (k0 + k) * M + row0 + m : (size_t) (row0 + m) * K + k0 + k;
            a_tile[k][m] = row0 + m < M && k0 + k < K ? A[a_at] : 0.0f;
            int kb = load / TILE;
            int n = load % TILE;
            size_t b_at = trans_b ? (size_t) (col0 + n) * K + k0 + kb : (size_t) (k0 + kb) * N + col0 + n;
            b_tile[kb][n] = k0 + kb < K && col0 + n < N ? B[b_at] : 0.0f;
        }
        __syncthreads();
#pragma unroll
        for (int k = 0; k < SLICE; k++) {
            float a[WORK];
            float b[WORK];
#pragma unroll
            for (int i = 0; i < WORK; i++) {
                a[i] = a_tile[k][ty + i * SIDE];
                b[i] = b_tile[k][tx + i * SIDE];
            }
#pragma unroll
            for (int i = 0; i < WORK; i++) {
#pragma unroll
                for (int j = 0; j < WORK; j++) {
                    sum[i][j] += a[i] * b[j];
                }
            }
        }
        __syncthreads();
    }
#pragma unroll
    for (int i = 0; i < WORK; i++) {
#pragma unroll
        for (int j = 0; j < WORK; j++) {
            int row = row0 + ty + i * SIDE;
            int col = col0 + tx + j * SIDE;
            if (row < M && col < N) {
                C[(size_t) row * N + col] = sum[i][j];
            }
        }
    }
}
