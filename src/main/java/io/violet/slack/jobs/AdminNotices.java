package io.violet.slack.jobs;

import java.util.Set;

import io.violet.slack.Administrators;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackErrors;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackMethod;
import io.violet.slack.SlackWork;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the admins named in {@code VIOLET_ADMINS}, by direct message, that Slack refused
 * something a person must fix ({@code missing_scope}, {@code not_in_channel},
 * {@code invalid_auth}…): once per error and method, whatever how much work it stops.
 */
@Component
class AdminNotices implements SlackWork {

	static final String TYPE = "slack.admin-notice";

	private static final Logger log = LoggerFactory.getLogger(AdminNotices.class);

	private final ObjectProvider<Administrators> administrators;

	AdminNotices(ObjectProvider<Administrators> administrators) {
		this.administrators = administrators;
	}

	/**
	 * Queues the notice for an error, unless admins were told about it before.
	 * @param jobs the runner
	 * @param error Slack's error code
	 * @param method the method that got it
	 * @param channel where, when it matters (for {@code not_in_channel})
	 */
	static void submit(SlackJobs jobs, String error, SlackMethod method, @Nullable String channel) {
		jobs.submit(TYPE, TYPE + ":" + error + ":" + method.method(),
				error + "|" + method.name() + "|" + ((channel != null) ? channel : ""));
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String describe(String subject) {
		String[] parts = subject.split("\\|", -1);
		return "telling the admins about " + parts[0] + " from " + method(parts[1]).method();
	}

	@Override
	public void run(SlackJob job) {
		String[] parts = job.subject().split("\\|", -1);
		String error = parts[0];
		SlackMethod method = method(parts[1]);
		String channel = (parts.length > 2) ? parts[2] : "";
		Administrators found = this.administrators.getIfAvailable();
		Set<String> admins = (found != null) ? found.configuredAdmins() : Set.of();
		if (admins.isEmpty()) {
			log.error("Slack answered {} to {}; no VIOLET_ADMINS to tell. {}", error, method.method(),
					SlackErrors.whatToDo(error, method));
			return;
		}
		String text = ":warning: Violet could not use `" + method.method() + "`"
				+ (channel.isEmpty() ? "" : " in " + Mrkdwn.channel(channel)) + ": Slack answered `"
				+ Mrkdwn.escape(error) + "`. " + Mrkdwn.escape(SlackErrors.whatToDo(error, method))
				+ " The work it stopped is listed in `/violet ops failed`; you are told this once.";
		for (String admin : admins) {
			job.dm(job.key() + ":" + admin, admin, SlackMessage.of(text));
		}
	}

	private static SlackMethod method(String name) {
		try {
			return SlackMethod.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return SlackMethod.AUTH_TEST;
		}
	}

}
