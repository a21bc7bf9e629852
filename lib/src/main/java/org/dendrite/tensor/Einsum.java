package org.dendrite.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Einstein summation, as {@code torch.einsum}: {@code "ij,jk->ik"} names each operand's
 * dimensions by letters; letters shared by operands multiply, letters missing from the output
 * are summed over. Each operand is lined up on all the letters (permuted, with size-1
 * dimensions for letters it lacks), the operands are multiplied with broadcasting and the
 * result summed, so the gradient comes from {@code mul} and {@code sum}. The product holds one
 * value per combination of letters: fine for the examples of a course, not for large
 * contractions (use {@code matmul} there). Without {@code ->}, the output is the letters that
 * appear once, in alphabetical order. Repeated letters within one operand (diagonals) and
 * {@code ...} are not supported.
 */
final class Einsum {

    private Einsum() {
    }

    static Tensor einsum(String equation, Tensor... operands) {
        String spec = equation.replace(" ", "");
        String[] sides = spec.split("->", -1);
        if (sides.length > 2) {
            throw error(equation, "has more than one '->'");
        }
        String[] inputs = sides[0].split(",", -1);
        if (inputs.length != operands.length) {
            throw error(equation, "names " + inputs.length + " operands but " + operands.length + " were given");
        }
        List<Character> letters = new ArrayList<>();
        int[] sizes = new int[128];
        for (int i = 0; i < inputs.length; i++) {
            checkOperand(equation, inputs[i], i, operands[i]);
            for (int d = 0; d < inputs[i].length(); d++) {
                char c = inputs[i].charAt(d);
                if (!letters.contains(c)) {
                    letters.add(c);
                    sizes[c] = operands[i].size(d);
                } else if (sizes[c] != operands[i].size(d)) {
                    throw error(equation, "gives '" + c + "' size " + sizes[c] + " and, in operand " + i + ", size " + operands[i].size(d));
                }
            }
        }
        String output = sides.length == 2 ? sides[1] : implicitOutput(sides[0]);
        for (char c : output.toCharArray()) {
            if (!letters.contains(c) || output.indexOf(c) != output.lastIndexOf(c)) {
                throw error(equation, "has output letter '" + c + "' that is " + (letters.contains(c) ? "repeated" : "in no operand"));
            }
        }
        Tensor product = null;
        for (int i = 0; i < operands.length; i++) {
            Tensor aligned = aligned(operands[i], inputs[i], letters);
            product = product == null ? aligned : product.mul(aligned);
        }
        int[] summed = IntStream.range(0, letters.size()).filter(d -> output.indexOf(letters.get(d)) < 0).toArray();
        Tensor reduced = summed.length == 0 ? product : product.sum(summed);
        List<Character> left = new ArrayList<>(letters);
        left.removeIf(c -> output.indexOf(c) < 0);
        int[] order = output.chars().map(c -> left.indexOf((char) c)).toArray();
        return order.length < 2 ? reduced : reduced.permute(order);
    }

    /** {@code x} permuted to the order of {@code letters}, with size-1 dimensions for those it lacks. */
    private static Tensor aligned(Tensor x, String subscripts, List<Character> letters) {
        int[] present = letters.stream().mapToInt(subscripts::indexOf).filter(d -> d >= 0).toArray();
        Tensor permuted = present.length < 2 ? x : x.permute(present);
        int[] shape = letters.stream().mapToInt(c -> subscripts.indexOf(c) < 0 ? 1 : x.size(subscripts.indexOf(c))).toArray();
        return permuted.reshape(shape);
    }

    private static String implicitOutput(String inputs) {
        String joined = inputs.replace(",", "");
        return joined.chars().filter(c -> joined.indexOf(c) == joined.lastIndexOf(c)).sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static void checkOperand(String equation, String subscripts, int i, Tensor operand) {
        if (subscripts.contains(".")) {
            throw error(equation, "uses '...', which Dendrite's einsum does not support; name every dimension");
        }
        for (char c : subscripts.toCharArray()) {
            if (!Character.isLetter(c) || c > 127) {
                throw error(equation, "has '" + c + "' in operand " + i + "; subscripts are the letters a-z and A-Z");
            }
            if (subscripts.indexOf(c) != subscripts.lastIndexOf(c)) {
                throw error(equation, "repeats '" + c + "' in operand " + i + " (a diagonal or trace); use diag() first");
            }
        }
        if (subscripts.length() != operand.dim()) {
            throw error(equation, "names " + subscripts.length() + " dimensions for operand " + i + ", which has shape "
                    + Arrays.toString(operand.shape()));
        }
    }

    private static IllegalArgumentException error(String equation, String problem) {
        return new IllegalArgumentException("einsum: \"" + equation + "\" " + problem);
    }
}
