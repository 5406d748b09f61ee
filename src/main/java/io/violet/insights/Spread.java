package io.violet.insights;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * How a set of durations is spread: how many, the median and the 90th percentile.
 * <p>
 * The median of an even count is the mean of the two middle values; the 90th percentile
 * is by nearest rank: the smallest value that at least 90 % of the values do not exceed
 * (the {@code ⌈0.9·n⌉}-th smallest), so it is always one of the measured values.
 *
 * @param count how many values
 * @param median the median; null without values
 * @param p90 the 90th percentile; null without values
 */
public record Spread(int count, @Nullable Double median, @Nullable Double p90) {

	public static final Spread NONE = new Spread(0, null, null);

	/**
	 * The spread of some values.
	 * @param values the values, in any order
	 * @return their spread
	 */
	public static Spread of(Collection<Double> values) {
		if (values.isEmpty()) {
			return NONE;
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int n = sorted.length;
		double median = (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
		// ⌈9n/10⌉ in integers, free of floating-point rounding
		double p90 = sorted[(9 * n + 9) / 10 - 1];
		return new Spread(n, median, p90);
	}

	public boolean isEmpty() {
		return this.count == 0;
	}

}
