package io.violet.training;

import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.quartz.DateBuilder.IntervalUnit;

/**
 * How often something repeats: {@code weekly monthly quarterly semi-annual yearly},
 * {@code <n>d} or {@code <n>w}.
 *
 * @param key the key as typed, normalised
 * @param amount how many units
 * @param unit the calendar unit
 */
public record Cadence(String key, int amount, IntervalUnit unit) {

	/** The forms users may type. */
	public static final String FORMS = "weekly, monthly, quarterly, semi-annual, yearly, <n>d or <n>w";

	private static final Pattern COUNTED = Pattern.compile("([1-9][0-9]{0,2})([dw])");

	/**
	 * Reads a cadence.
	 * @param text e.g. {@code quarterly} or {@code 10d}
	 * @return the cadence, empty when the text is none of the forms
	 */
	public static Optional<Cadence> parse(String text) {
		String key = text.trim().toLowerCase(Locale.ROOT);
		return switch (key) {
			case "weekly" -> Optional.of(new Cadence(key, 1, IntervalUnit.WEEK));
			case "monthly" -> Optional.of(new Cadence(key, 1, IntervalUnit.MONTH));
			case "quarterly" -> Optional.of(new Cadence(key, 3, IntervalUnit.MONTH));
			case "semi-annual" -> Optional.of(new Cadence(key, 6, IntervalUnit.MONTH));
			case "yearly" -> Optional.of(new Cadence(key, 1, IntervalUnit.YEAR));
			default -> {
				Matcher m = COUNTED.matcher(key);
				if (!m.matches()) {
					yield Optional.empty();
				}
				int n = Integer.parseInt(m.group(1));
				yield Optional.of(new Cadence(key, n, m.group(2).equals("d") ? IntervalUnit.DAY : IntervalUnit.WEEK));
			}
		};
	}

	/**
	 * The cadence as a calendar period, for "completed within the cadence".
	 * @return the period
	 */
	public Period period() {
		return switch (this.unit) {
			case DAY -> Period.ofDays(this.amount);
			case WEEK -> Period.ofWeeks(this.amount);
			case MONTH -> Period.ofMonths(this.amount);
			case YEAR -> Period.ofYears(this.amount);
			default -> throw new IllegalStateException("Unsupported unit " + this.unit);
		};
	}

}
