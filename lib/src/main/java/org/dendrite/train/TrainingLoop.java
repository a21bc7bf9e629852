package org.dendrite.train;

import java.util.List;
import org.dendrite.data.Batch;
import org.dendrite.device.Device;
import org.dendrite.nn.Module;
import org.dendrite.nn.loss.Loss;
import org.dendrite.optim.Optimizer;
import org.dendrite.tensor.Autograd;
import org.dendrite.tensor.Tensor;

/**
 * The two halves of every training loop, which {@link Trainer} repeats epoch after epoch:
 * a step of mini-batch gradient descent, and an evaluation without gradients. Written out, an
 * epoch is
 *
 * <pre>{@code
 * for (Batch batch : loader) {
 *     optimizer.zeroGrad();                                           // forget the last gradients
 *     Tensor loss = lossFn.apply(model.forward(batch.inputs()), batch.targets());
 *     loss.backward();                                                // ∂loss/∂w for every weight
 *     optimizer.step();                                               // w ← w - η ∂loss/∂w
 * }
 * }</pre>
 */
public final class TrainingLoop {

    private TrainingLoop() {
    }

    /**
     * One step on {@code batch}: forward, loss, backward, update; the batch is added to
     * {@code metrics}. Returns the batch's loss. When the loss is NaN or infinite nothing is
     * updated, so that the caller can stop with the weights of the last good step.
     */
    public static double trainStep(Module model, Loss loss, Optimizer optimizer, Batch batch, Metrics metrics) {
        Device device = deviceOf(model);
        Tensor inputs = batch.inputs().to(device);
        Tensor targets = batch.targets().to(device);
        optimizer.zeroGrad();
        Tensor outputs = model.forward(inputs);
        Tensor value = loss.apply(outputs, targets);
        double lossValue = value.item();
        if (Double.isFinite(lossValue)) {
            value.backward();
            optimizer.step();
            metrics.add(outputs.detach(), targets, lossValue);
        }
        return lossValue;
    }

    /**
     * The loss and accuracy of {@code model} on {@code batches}, in evaluation mode (dropout off,
     * batch normalization on its running statistics) and without recording gradients; the
     * model's mode is restored afterwards.
     */
    public static Metrics evaluate(Module model, Loss loss, Iterable<Batch> batches, List<String> classNames) {
        Device device = deviceOf(model);
        Metrics metrics = new Metrics(classNames);
        boolean wasTraining = model.isTraining();
        model.eval();
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            for (Batch batch : batches) {
                Tensor targets = batch.targets().to(device);
                Tensor outputs = model.forward(batch.inputs().to(device));
                metrics.add(outputs, targets, loss.apply(outputs, targets).item());
            }
        } finally {
            model.train(wasTraining);
        }
        return metrics;
    }

    /** Where the model's weights are (the CPU for a model without any). */
    static Device deviceOf(Module model) {
        List<Tensor> parameters = model.parameters();
        return parameters.isEmpty() ? Device.current() : parameters.get(0).device();
    }
}
