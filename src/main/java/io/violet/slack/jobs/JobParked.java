package io.violet.slack.jobs;

/**
 * The work parked its job ({@link io.violet.slack.SlackJob#park}).
 */
final class JobParked extends RuntimeException {

	private final String error;

	private final String whatToDo;

	JobParked(String error, String whatToDo) {
		super(error + ": " + whatToDo, null, false, false);
		this.error = error;
		this.whatToDo = whatToDo;
	}

	String error() {
		return this.error;
	}

	String whatToDo() {
		return this.whatToDo;
	}

}
