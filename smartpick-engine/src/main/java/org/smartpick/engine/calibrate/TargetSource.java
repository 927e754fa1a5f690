package org.smartpick.engine.calibrate;

import java.util.Objects;
import java.util.function.ToDoubleBiFunction;
import org.smartpick.engine.market.MarketFrame;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.MetricKey;

/**
 * How the model produces a calibration target: a {@link Simulated} metric of the cycle, an
 * {@link Input} fact the model takes as given (reported as the value the model actually uses),
 * or {@link NotModelled} (with the reason; such a target has no pass/fail).
 */
public sealed interface TargetSource {

  /** A word for reports: "simulated", "input" or "not modelled". */
  String kind();

  /** A plain-English note on how the number is obtained or why it is absent. */
  String note();

  /** A metric of each simulated cycle, averaged over replicas. */
  record Simulated(MetricKey key, String note) implements TargetSource {
    public Simulated {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(note, "note");
    }

    @Override
    public String kind() {
      return "simulated";
    }
  }

  /** A fact the model uses directly; {@code value} reads it from the frame and parameters. */
  record Input(String note, ToDoubleBiFunction<MarketFrame, MarketParameters> value)
      implements TargetSource {
    public Input {
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String kind() {
      return "input";
    }

    /** The value the model uses. */
    public double valueIn(MarketFrame frame, MarketParameters parameters) {
      return value.applyAsDouble(frame, parameters);
    }
  }

  /** A figure the model does not produce. */
  record NotModelled(String note) implements TargetSource {
    public NotModelled {
      Objects.requireNonNull(note, "note");
    }

    @Override
    public String kind() {
      return "not modelled";
    }
  }
}
