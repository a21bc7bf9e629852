// Max and average pooling of N x C x H x W images over KH x KW windows, and their gradients.
// Max pooling skips padding; average pooling counts it as zeros (PyTorch's default).
#include "shape.cuh"

// The input offset of the largest value in output pixel i's window (the first one on ties), or -1.
__device__ inline int window_argmax(int i, int H, int W, int OH, int OW, const Window& w, const float* x) {
    int ox = i % OW;
    int oy = i / OW % OH;
    int plane = i / (OW * OH);
    int best = -1;
    float best_value = 0.0f;
    for (int ky = 0; ky < w.kh; ky++) {
        int y = oy * w.sh - w.ph + ky;
        if (y < 0 || y >= H) continue;
        for (int kx = 0; kx < w.kw; kx++) {
            int xx = ox * w.sw - w.pw + kx;
            if (xx < 0 || xx >= W) continue;
            int at = (plane * H + y) * W + xx;
            if (best < 0 || x[at] > best_value) {
                best = at;
                best_value = x[at];
            }
        }
    }
    return best;
}

extern "C" __global__ void max_pool(int n, int H, int W, int OH, int OW, Window w, const float* x, float* out) {
    FOR_EACH(i, n) {
        int at = window_argmax(i, H, W, OH, OW, w, x);
        out[i] = at < 0 ? 0.0f : x[at];
    }
}

// grad_x must be zero on entry; each output's gradient goes to its window's largest input.
extern "C" __global__ void max_pool_backward(int n, int H, int W, int OH, int OW, Window w, const float* x,
                                             const float* grad_out, float* grad_x) {
    FOR_EACH(i, n) {
        int at = window_argmax(i, H, W, OH, OW, w, x);
        if (at >= 0) {
            atomicAdd(&grad_x[at], grad_out[i]);
        }
    }
}

extern "C" __global__ void avg_pool(int n, int H, int W, int OH, int OW, Window w, const float* x, float* out) {
    FOR_EACH(i, n) {
        int ox = i % OW;
        int oy = i / OW % OH;
        int plane = i / (OW * OH);
        float sum = 0.0f;
        for (int ky = 0; ky < w.kh; ky++) {
            int y = oy * w.sh - w.ph + ky;
            if (y < 0 || y >= H) continue;
            for (int kx = 0; kx < w.kw; kx++) {
                int xx = ox * w.sw - w.pw + kx;
                if (xx >= 0 && xx < W) {
                    sum += x[(plane * H + y) * W + xx];
                }
            }
        }
        out[i] = sum / (w.kh * w.kw);
    }
}

// grad_x must be zero on entry; each output's gradient is shared equally by its window.
extern "C" __global__ void avg_pool_backward(int n, int H, int W, int OH, int OW, Window w,
                                             const float* grad_out, float* grad_x) {
    FOR_EACH(i, n) {
        int ox = i % OW;
        int oy = i / OW % OH;
        int plane = i / (OW * OH);
        float share = grad_out[i] / (w.kh * w.kw);
        for (int ky = 0; ky < w.kh; ky++) {
            int y = oy * w.sh - w.ph + ky;
            if (y < 0 || y >= H) continue;
            for (int kx = 0; kx < w.kw; kx++) {
                int xx = ox * w.sw - w.pw + kx;
                if (xx >= 0 && xx < W) {
                    atomicAdd(&grad_x[(plane * H + y) * W + xx], share);
                }
            }
        }
    }
}
