package org.dendrite.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Learning rates after 0..8 scheduler steps from an initial rate of 0.1, against PyTorch 1.13's
 * {@code lr_scheduler} (the rate read from {@code opt.param_groups[0]['lr']} after each
 * {@code scheduler.step()}):
 *
 * <pre>
 * StepLR(opt, step_size=3, gamma=0.5); CosineAnnealingLR(opt, T_max=6, eta_min=0.01)
 * LinearLR(opt, start_factor=0.25, total_iters=3)
 * SequentialLR(opt, [LinearLR(opt, start_factor=0.25, total_iters=3), CosineAnnealingLR(opt, T_max=5)], milestones=[3])
 * </pre>
 */
class LrScheduleTest {

    private static double[] rates(LrSchedule schedule) {
        SGD optimizer = new SGD(List.of(Tensor.zeros(1).requiresGrad(true)), 0.1);
        LrScheduler scheduler = new LrScheduler(optimizer, schedule);
        double[] rates = new double[9];
        for (int t = 0; t < rates.length; t++) {
            rates[t] = optimizer.learningRate();
            scheduler.step();
        }
        return rates;
    }

    @Test
    void stepScheduleHalvesEveryThreeSteps() {
        assertArrayEquals(new double[] {0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025},
                rates(LrSchedule.step(3, 0.5)), 1e-10);
    }

    @Test
    void cosineMatchesPyTorchIncludingPastItsPeriod() {
        assertArrayEquals(new double[] {0.1, 0.0939711432, 0.0775, 0.055, 0.0325, 0.0160288568, 0.01, 0.0160288568, 0.0325},
                rates(LrSchedule.cosine(6, 0.1)), 1e-10);
    }

    @Test
    void linearWarmupClimbsToTheInitialRate() {
        assertArrayEquals(new double[] {0.025, 0.05, 0.075, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1},
                rates(LrSchedule.linearWarmup(3, 0.25)), 1e-10);
    }

    @Test
    void warmupThenCosineMatchesSequentialLr() {
        assertArrayEquals(new double[] {0.025, 0.05, 0.075, 0.1, 0.0904508497, 0.0654508497, 0.0345491503, 0.0095491503, 0},
                rates(LrSchedule.linearWarmup(3, 0.25).then(3, LrSchedule.cosine(5, 0))), 1e-10);
    }

    @Test
    void timesMultipliesTheFactors() {
        double[] rates = rates(LrSchedule.step(2, 0.5).times(LrSchedule.linearWarmup(2, 0.5)));
        assertArrayEquals(new double[] {0.05, 0.075, 0.05, 0.05, 0.025}, java.util.Arrays.copyOf(rates, 5), 1e-12);
    }

    @Test
    void schedulerCountsStepsAndRefusesANegativeFactor() {
        SGD optimizer = new SGD(List.of(Tensor.zeros(1).requiresGrad(true)), 0.1);
        LrScheduler scheduler = new LrScheduler(optimizer, t -> 1 - t);
        scheduler.step();
        assertEquals(1, scheduler.stepCount());
        assertEquals(0, scheduler.learningRate());
        assertThrows(IllegalStateException.class, scheduler::step);
        assertThrows(IllegalArgumentException.class, () -> LrSchedule.step(0, 0.5));
    }
}
