// Convolution as a matrix product (im2col): each output pixel's receptive field becomes a column
// of a (C * KH * KW) x (H' * W') matrix per image, so that the layer's output is weight x columns.
// col2im is the reverse: it sums the column entries that came from each input pixel.
#include "shape.cuh"

// x: N x C x H x W; cols: N x (C * KH * KW) x (OH * OW); zero where the window covers padding.
extern "C" __global__ void im2col(int n, int C, int H, int W, int OH, int OW, Window w,
                                  const float* x, float* cols) {
    FOR_EACH(i, n) {
        int col = i % (OH * OW);
        int row = i / (OH * OW) % (C * w.kh * w.kw);
        int image = i / (OH * OW * C * w.kh * w.kw);
        int kx = row % w.kw;
        int ky = row / w.kw % w.kh;
        int c = row / (w.kw * w.kh);
        int y = col / OW * w.sh - w.ph + ky;
        int xx = col % OW * w.sw - w.pw + kx;
        cols[i] = y >= 0 && y < H && xx >= 0 && xx < W ? x[((size_t) (image * C + c) * H + y) * W + xx] : 0.0f;
    }
}

// image: N x C x H x W, each pixel the sum of the column entries its windows read from it.
extern "C" __global__ void col2im(int n, int C, int H, int W, int OH, int OW, Window w,
                                  const float* cols, float* image) {
    FOR_EACH(i, n) {
        int xx = i % W;
        int y = i / W % H;
        int c = i / (W * H) % C;
        int img = i / (W * H * C);
        float sum = 0.0f;
        for (int ky = 0; ky < w.kh; ky++) {
            int oy = y + w.ph - ky;
            if (oy < 0 || oy % w.sh != 0 || oy / w.sh >= OH) continue;
            oy /= w.sh;
            for (int kx = 0; kx < w.kw; kx++) {
                int ox = xx + w.pw - kx;
                if (ox < 0 || ox % w.sw != 0 || ox / w.sw >= OW) continue;
                ox /= w.sw;
                int row = (c * w.kh + ky) * w.kw + kx;
                sum += cols[((size_t) img * C * w.kh * w.kw + row) * OH * OW + oy * OW + ox];
            }
        }
        image[i] = sum;
    }
}
