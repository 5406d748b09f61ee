package io.violet.directory.slack;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.directory.RolesLeftWithoutOwner;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackWork;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the admins named in {@code VIOLET_ADMINS}, in one DM each, which roles a
 * deactivated user left without an owner. Queued in the transaction that ended the roles;
 * its key holds the user and the moment of the deactivation, so a repeated
 * {@code user_change} or a second replica does not tell them twice.
 */
@Component
class OwnerlessRolesNotice implements SlackWork {

	/** Stored with every job: never rename. */
	static final String TYPE = "directory.ownerless-roles";

	private final SlackJobs jobs;

	private final Directory directory;

	OwnerlessRolesNotice(SlackJobs jobs, Directory directory) {
		this.jobs = jobs;
		this.directory = directory;
	}

	@EventListener
	void on(RolesLeftWithoutOwner event) {
		String roles = event.roles().stream().map(Role::key).collect(Collectors.joining(","));
		this.jobs.submit(TYPE, TYPE + ":" + event.userId() + ":" + event.at().toEpochMilli(),
				event.userId() + "|" + roles);
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String describe(String subject) {
		return "telling the admins which roles " + subject.split("\\|", 2)[0] + " left without an owner";
	}

	@Override
	public void run(SlackJob job) {
		String[] parts = job.subject().split("\\|", 2);
		String roles = Arrays.stream(parts[1].split(","))
			.map(Role::fromKey)
			.flatMap(java.util.Optional::stream)
			.map((role) -> "• " + role.title() + " (`" + role.key() + "`)")
			.collect(Collectors.joining("\n"));
		String text = ":warning: " + Mrkdwn.user(parts[0])
				+ " was deactivated in Slack, so Violet ended their roles. These roles have no owner now and no backup"
				+ " could take over:\n" + roles
				+ "\nAssign an owner with `/violet role assign <role> @user`; until then nobody is invited or asked"
				+ " for them.";
		for (String admin : this.directory.configuredAdmins()) {
			job.dm(job.key() + ":" + admin, admin, SlackMessage.of(text));
		}
	}

}
