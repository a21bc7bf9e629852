package org.dendrite.scalar;

import java.util.List;
import java.util.Objects;
import org.dendrite.graph.TopologicalOrder;

/**
 * A scalar that remembers how it was computed, so that {@link #backward()} can find the
 * gradient of it with respect to every value it depends on: micrograd's {@code Value} in Java.
 *
 * <pre>{@code
 * Value x = Value.of(-2, "x"), y = Value.of(5, "y"), z = Value.of(-4, "z");
 * Value f = x.add(y).mul(z).label("f");   // f = (x + y) z = -12
 * f.backward();                            // x.grad() = -4, y.grad() = -4, z.grad() = 3
 * f.graph();                               // draws the graph with values and gradients
 * }</pre>
 *
 * <p>Each operation computes its result (the forward rule) and, right next to it, a small
 * {@code backwardStep} that passes the result's gradient to the operation's inputs (the local
 * gradient times the upstream gradient: the chain rule). Values are compared by identity.
 */
public final class Value {

    private final double data;
    private double grad;
    private final List<Value> children;
    private final String op;
    private String label = "";
    /** Adds this value's share of the gradient to its children; set by the op that made it. */
    private Runnable backwardStep = () -> { };

    /** The one place where the graph is recorded: a result, the op and the inputs that made it. */
    private Value(double data, String op, Value... children) {
        this.data = data;
        this.op = op;
        this.children = List.of(children);
    }

    /** An input (a leaf of the graph) holding {@code data}. */
    public static Value of(double data) {
        return new Value(data, "");
    }

    /** An input holding {@code data}, named {@code label} in the drawn graph. */
    public static Value of(double data, String label) {
        return of(data).label(label);
    }

    /** Names this value in the drawn graph and returns it: {@code x.mul(y).label("q")}. */
    public Value label(String label) {
        this.label = Objects.requireNonNull(label, "label");
        return this;
    }

    /** This value's name in the drawn graph; empty if it has none. */
    public String label() {
        return label;
    }

    /** The forward value. */
    public double data() {
        return data;
    }

    /** The gradient of the output that {@link #backward()} was called on, with respect to this value. */
    public double grad() {
        return grad;
    }

    /** The values this one was computed from, in argument order; empty for an input. */
    public List<Value> children() {
        return children;
    }

    /** The symbol of the operation that made this value ("+", "*", "σ", ...); empty for an input. */
    public String op() {
        return op;
    }

    // ---- Operations: forward rule, then the local gradient times the upstream gradient ----

    /** {@code this + other}. The add gate distributes the gradient unchanged to both inputs. */
    public Value add(Value other) {
        Value out = new Value(data + other.data, "+", this, other);
        out.backwardStep = () -> {
            this.grad += out.grad;
            other.grad += out.grad;
        };
        return out;
    }

    /** {@code this + constant}; the constant becomes an input of the graph. */
    public Value add(double constant) {
        return add(of(constant));
    }

    /** {@code this - other}. */
    public Value sub(Value other) {
        Value out = new Value(data - other.data, "-", this, other);
        out.backwardStep = () -> {
            this.grad += out.grad;
            other.grad -= out.grad;
        };
        return out;
    }

    /** {@code this - constant}. */
    public Value sub(double constant) {
        return sub(of(constant));
    }

    /** {@code this * other}. The mul gate switches: each input gets the upstream gradient times the other input. */
    public Value mul(Value other) {
        Value out = new Value(data * other.data, "*", this, other);
        out.backwardStep = () -> {
            this.grad += other.data * out.grad;
            other.grad += this.data * out.grad;
        };
        return out;
    }

    /** {@code this * constant}. */
    public Value mul(double constant) {
        return mul(of(constant));
    }

    /** {@code this / other}; throws if {@code other} is zero. */
    public Value div(Value other) {
        if (other.data == 0) {
            throw new IllegalArgumentException("div by zero: " + this.describe() + " / " + other.describe());
        }
        Value out = new Value(data / other.data, "/", this, other);
        out.backwardStep = () -> {
            this.grad += out.grad / other.data;                              // d(a/b)/da = 1/b
            other.grad -= this.data / (other.data * other.data) * out.grad;  // d(a/b)/db = -a/b²
        };
        return out;
    }

    /** {@code this / constant}; throws if the constant is zero. */
    public Value div(double constant) {
        return div(of(constant));
    }

    /** {@code -this}. */
    public Value neg() {
        Value out = new Value(-data, "neg", this);
        out.backwardStep = () -> this.grad -= out.grad;
        return out;
    }

    /**
     * {@code this} to the power {@code exponent}; {@code pow(-1)} is the slides' 1/x gate.
     * Throws for a negative base with a non-integer exponent and for zero to a negative power.
     */
    public Value pow(double exponent) {
        if (data < 0 && exponent != Math.rint(exponent)) {
            throw new IllegalArgumentException("pow of a negative base with a non-integer exponent: ("
                    + describe() + ")^" + exponent + " is not a real number");
        }
        if (data == 0 && exponent < 0) {
            throw new IllegalArgumentException("pow of zero with a negative exponent: ("
                    + describe() + ")^" + exponent + " divides by zero");
        }
        Value out = new Value(Math.pow(data, exponent), "^" + exponentText(exponent), this);
        out.backwardStep = () -> this.grad += exponent * Math.pow(data, exponent - 1) * out.grad;
        return out;
    }

    /** {@code e^this}. */
    public Value exp() {
        Value out = new Value(Math.exp(data), "exp", this);
        out.backwardStep = () -> this.grad += out.data * out.grad;   // d(e^x)/dx = e^x
        return out;
    }

    /** The natural logarithm; throws if this value is not positive. */
    public Value log() {
        if (!(data > 0)) {
            throw new IllegalArgumentException("log of a non-positive value: log(" + describe() + ") is undefined");
        }
        Value out = new Value(Math.log(data), "log", this);
        out.backwardStep = () -> this.grad += out.grad / data;        // d(ln x)/dx = 1/x
        return out;
    }

    /** The hyperbolic tangent. */
    public Value tanh() {
        Value out = new Value(Math.tanh(data), "tanh", this);
        out.backwardStep = () -> this.grad += (1 - out.data * out.data) * out.grad;
        return out;
    }

    /** The sigmoid {@code 1 / (1 + e^-this)} as one gate, with local gradient σ(1 - σ). */
    public Value sigmoid() {
        Value out = new Value(1 / (1 + Math.exp(-data)), "σ", this);
        out.backwardStep = () -> this.grad += out.data * (1 - out.data) * out.grad;
        return out;
    }

    /** {@code max(0, this)}. */
    public Value relu() {
        Value out = new Value(data > 0 ? data : 0, "ReLU", this);
        out.backwardStep = () -> this.grad += (data > 0 ? 1 : 0) * out.grad;
        return out;
    }

    /**
     * The larger of {@code this} and {@code other}. The max gate routes the whole gradient to the
     * larger input and 0 to the other; on a tie, {@code this} gets it.
     */
    public Value max(Value other) {
        boolean thisIsLarger = data >= other.data;
        Value out = new Value(thisIsLarger ? data : other.data, "max", this, other);
        out.backwardStep = () -> {
            if (thisIsLarger) {
                this.grad += out.grad;
            } else {
                other.grad += out.grad;
            }
        };
        return out;
    }

    // ---- Backpropagation ----

    /**
     * Backpropagation: sets this value's gradient to 1 (d out / d out) and walks the graph from
     * the output back to the inputs, each value passing its gradient to its children.
     *
     * <p>As in PyTorch, inputs accumulate: a second call adds the same gradients again, so call
     * {@link #zeroGrad()} between steps. Values computed inside the graph are reset first and hold
     * the gradient of this call only.
     */
    public void backward() {
        List<Value> order = topologicalOrder();
        for (Value v : order) {
            if (!v.children.isEmpty()) {
                v.grad = 0;
            }
        }
        grad += 1;   // the seed: 1 here, as computed values were just reset; an input accumulates
        for (int i = order.size() - 1; i >= 0; i--) {   // output first, so each grad is complete
            order.get(i).backwardStep.run();            // before it is passed on
        }
    }

    /** Sets the gradient of this value and of every value it was computed from to 0. */
    public void zeroGrad() {
        for (Value v : topologicalOrder()) {
            v.grad = 0;
        }
    }

    /** This value and all values it depends on, each after its children: inputs first, this last. */
    List<Value> topologicalOrder() {
        return TopologicalOrder.inputsFirst(this, value -> value.children);
    }

    /** Draws the graph that computed this value, with forward values and gradients. */
    public ComputationGraph graph() {
        return new ComputationGraph(this);
    }

    /** Like micrograd: {@code Value(data=-12.0, grad=1.0)}. */
    @Override
    public String toString() {
        return "Value(data=" + data + ", grad=" + grad + ")";
    }

    /** The value for an error message: {@code x=-1.0}, or {@code -1.0} without a label. */
    private String describe() {
        return label.isEmpty() ? Double.toString(data) : label + "=" + data;
    }

    private static String exponentText(double exponent) {
        return exponent == Math.rint(exponent) && Math.abs(exponent) < 1e15
                ? Long.toString((long) exponent) : Double.toString(exponent);
    }
}
