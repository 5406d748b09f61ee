package io.violet.followup.slack;

import java.util.List;
import java.util.Optional;

import io.violet.followup.evidence.EvidenceRequests;
import io.violet.slack.CommandInvocation;
import io.violet.slack.CommandLimits;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlashCommandHandler;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code /violet evidence <KEY>}: an initiative's evidence pack, built after the ack and
 * uploaded into the requester's direct messages.
 */
@Component
class EvidenceCommand implements SlashCommandHandler {

	static final List<String> USAGE = List.of("/violet evidence <KEY>   (admins, compliance, legal, the owner)");

	private final EvidenceRequests requests;

	private final CommandLimits limits;

	EvidenceCommand(EvidenceRequests requests, CommandLimits limits) {
		this.requests = requests;
		this.limits = limits;
	}

	@Override
	public String subcommand() {
		return "evidence";
	}

	@Override
	public List<String> usage() {
		return USAGE;
	}

	@Override
	public Reply handle(CommandInvocation invocation) {
		if (invocation.args().size() != 1) {
			return Reply.usage("Name one initiative, e.g. `AI-7`.", USAGE);
		}
		String typed = invocation.args().get(0).text();
		EvidenceRequests.Outcome outcome = this.requests.check(typed, invocation.userId());
		if (outcome.kind() == EvidenceRequests.Outcome.Kind.REQUESTED) {
			Optional<CommandLimits.Refusal> refused = this.limits.use(invocation.userId(),
					CommandLimits.Limited.EVIDENCE_EXPORT);
			if (refused.isPresent()) {
				return Reply.ephemeral(refused.get().text());
			}
			outcome = this.requests.request(typed, invocation.userId());
		}
		return switch (outcome.kind()) {
			case UNKNOWN -> Reply.usage("There is no initiative `" + Mrkdwn.escapeAndTruncate(typed, 30)
					+ "`. Keys look like `AI-7`; `/violet initiative list` shows them.", USAGE);
			case NOT_ALLOWED -> Reply.notAllowed("export the evidence pack of " + outcome.initiative().key(),
					"Violet admins, compliance and legal, and the initiative's owner");
			case REQUESTED -> Reply.ephemeral(":package: Building the evidence pack of *" + outcome.initiative().key()
					+ "*: it arrives as a ZIP in your direct messages with Violet in a moment.");
		};
	}

	/**
	 * Queues the pack's delivery in the transaction that recorded the request.
	 */
	@Component
	static class Delivery {

		private final SlackJobs jobs;

		Delivery(SlackJobs jobs) {
			this.jobs = jobs;
		}

		@EventListener
		void on(EvidenceRequests.Requested event) {
			String subject = event.request().subject();
			this.jobs.submit(EvidenceUpload.TYPE, EvidenceUpload.TYPE + ":" + subject, subject);
		}

	}

}
