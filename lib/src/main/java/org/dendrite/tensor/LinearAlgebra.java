package org.dendrite.tensor;

import java.util.Arrays;

/**
 * Matrix products and their gradients: for {@code C = A B}, dA = dC Bᵀ and dB = Aᵀ dC, where
 * the backend reads the transposes in place rather than copying them.
 */
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
        Backend backend = a.backend();
        Storage out = backend.matmul(a.storage(), b.storage(), false, false);
        return Tensor.record("matmul", a, out, g -> new Tensor[] {
            a.requiresGrad() ? new Tensor(backend.matmul(g.storage(), b.storage(), false, true), backend, null) : null,
            b.requiresGrad() ? new Tensor(backend.matmul(a.storage(), g.storage(), true, false), backend, null) : null}, a, b);
    }
}
