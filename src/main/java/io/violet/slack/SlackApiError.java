package io.violet.slack;

/**
 * Slack answered a call with {@code ok:false}.
 */
public class SlackApiError extends RuntimeException {

	private final SlackMethod method;

	private final String error;

	public SlackApiError(SlackMethod method, String error) {
		super(method.method() + " returned " + error);
		this.method = method;
		this.error = error;
	}

	public SlackMethod method() {
		return this.method;
	}

	/**
	 * Slack's error code, e.g. {@code channel_not_found}.
	 * @return the error code
	 */
	public String error() {
		return this.error;
	}

}
