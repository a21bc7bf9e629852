package org.dendrite.tensor;

import java.util.Arrays;

/** Matrix products and their gradients: for {@code C = A B}, dA = dC Bᵀ and dB = Aᵀ dC. */
final class LinearAlgebra {

    private LinearAlgebra() {
    }

    static Tensor matmul(Tensor a, Tensor b) {
        Pointwise.checkCompatible("matmul", a, b);
        long[] sa = a.storage().shape();
        long[] sb = b.storage().shape();
        boolean batchesMatch = sa.length == sb.length
                && Arrays.equals(Arrays.copyOf(sa, sa.length - 2), Arrays.copyOf(sb, sb.length - 2));
        if (sa.length < 2 || sb.length < 2 || sa[sa.length - 1] != sb[sb.length - 2] || !batchesMatch) {
            throw new IllegalArgumentException("matmul: " + Shapes.format(sa) + " x " + Shapes.format(sb)
                    + (sa.length < 2 || sb.length < 2 ? " (both need 2 or more dimensions; use unsqueeze)"
                    : " (inner sizes " + sa[sa.length - 1] + " and " + sb[sb.length - 2] + " must match, batch dimensions too)"));
        }
        Storage out = a.backend().matmul(a.storage(), b.storage());
        return Tensor.record("matmul", a, out, g -> new Tensor[] {
            a.requiresGrad() ? g.matmul(lastTwoSwapped(b)) : null,
            b.requiresGrad() ? lastTwoSwapped(a).matmul(g) : null}, a, b);
    }

    private static Tensor lastTwoSwapped(Tensor x) {
        return x.transpose(-2, -1);
    }
}
