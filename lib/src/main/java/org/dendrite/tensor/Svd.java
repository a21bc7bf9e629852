package org.dendrite.tensor;

/**
 * A singular value decomposition {@code A = U · diag(S) · Vᵀ}, as {@link Tensor#svd()} returns it:
 * {@code u} (M x M) and {@code vt} (N x N) orthogonal, {@code s} the min(M, N) singular values,
 * largest first. For a symmetric positive semi-definite A (a covariance), the columns of U are its
 * eigenvectors and S its eigenvalues.
 */
public record Svd(Tensor u, Tensor s, Tensor vt) {
}
