package io.violet.incident.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.SetupStep;
import io.violet.incident.internal.IncidentMember;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackWork;

import org.springframework.stereotype.Component;

/**
 * Invites people added after setup (a new severity, a new role holder) and shows them in
 * the pinned summary. Refresh work: each run invites whoever is pending then, under a key
 * of its own made of who it is.
 */
@Component
class LateInvites implements SlackWork {

	static final String TYPE = "incident.invites";

	private final IncidentQueries queries;

	private final WarRoomSetup setup;

	LateInvites(IncidentQueries queries, WarRoomSetup setup) {
		this.queries = queries;
		this.setup = setup;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String describe(String subject) {
		return "late invitations to the war room of incident #" + subject;
	}

	@Override
	public void run(SlackJob job) {
		long id = Long.parseLong(job.subject());
		Incident incident = this.queries.byId(id).orElseThrow();
		if (incident.channelId().isEmpty() || incident.summaryTs().isEmpty()
				|| incident.setupStep() != SetupStep.DONE) {
			// the setup's own invitations bring them
			return;
		}
		List<String> pending = this.queries.members(id)
			.stream()
			.filter((m) -> m.invite() == IncidentMember.Invite.PENDING)
			.map(IncidentMember::userId)
			.sorted()
			.toList();
		if (pending.isEmpty()) {
			return;
		}
		String channel = incident.channelId().get();
		this.setup.invitePending(job, job.key() + ":" + digest(pending), id, channel);
		IncidentQueries.Room room = this.queries.room(id).orElseThrow();
		job.update(channel, incident.summaryTs().get(), SlackMessage.of(WarRoomSummaryView.text(room.incident()),
				WarRoomSummaryView.blocks(room, this.queries.playbook(room.incident().type()))));
	}

	private static String digest(List<String> users) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(String.join(",", users).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
