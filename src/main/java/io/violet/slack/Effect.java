package io.violet.slack;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The recorded outcome of one Slack effect.
 *
 * @param status whether it happened
 * @param values what was recorded of Slack's answer (e.g. {@code channel}, {@code ts},
 * {@code file})
 * @param error Slack's error code when it failed or was skipped
 */
public record Effect(Status status, Map<String, String> values, @Nullable String error) {

	public Effect {
		values = Map.copyOf(values);
	}

	public static Effect done(Map<String, String> values) {
		return new Effect(Status.DONE, values, null);
	}

	public static Effect failed(String error) {
		return new Effect(Status.FAILED, Map.of(), error);
	}

	public static Effect skipped(String reason) {
		return new Effect(Status.SKIPPED, Map.of(), reason);
	}

	public boolean isDone() {
		return this.status == Status.DONE;
	}

	/**
	 * The channel the effect landed in, when recorded.
	 * @return the channel id, or null
	 */
	public @Nullable String channel() {
		return this.values.get("channel");
	}

	/**
	 * The message ts, when recorded.
	 * @return the ts, or null
	 */
	public @Nullable String ts() {
		return this.values.get("ts");
	}

	/**
	 * Whether an effect happened.
	 */
	public enum Status {

		/** Slack confirmed it (now or in an earlier run). */
		DONE,

		/**
		 * Slack refused it for good (a permanent error); recorded, never retried blindly.
		 */
		FAILED,

		/** Not attempted: the target cannot receive it (e.g. a deactivated user). */
		SKIPPED

	}

}
