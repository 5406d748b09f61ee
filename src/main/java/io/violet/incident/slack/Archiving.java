package io.violet.incident.slack;

import java.util.Map;

import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.internal.WarRoomProgress;
import io.violet.slack.Effect;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackMethod;
import io.violet.slack.SlackWork;

import org.springframework.stereotype.Component;

/**
 * Archives a closed room once its archive delay has passed
 * ({@code incident.archive:<incident>:<closed at>}, one per close), unless it was
 * reopened meanwhile.
 */
@Component
class Archiving implements SlackWork {

	static final String TYPE = "incident.archive";

	private final IncidentQueries queries;

	private final WarRoomProgress progress;

	Archiving(IncidentQueries queries, WarRoomProgress progress) {
		this.queries = queries;
		this.progress = progress;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String describe(String subject) {
		return "archiving the war room of incident #" + subject;
	}

	@Override
	public void run(SlackJob job) {
		Incident incident = this.queries.byId(Long.parseLong(job.subject())).orElseThrow();
		if (incident.archived() || incident.closedAt().isEmpty()) {
			return;
		}
		if (incident.channelId().isPresent()) {
			String channel = incident.channelId().get();
			Effect archived = job.once(job.key() + ":archive", SlackMethod.CONVERSATIONS_ARCHIVE,
					(c) -> c.conversationsArchive((r) -> r.channel(channel)), (r) -> Map.of());
			if (!archived.isDone() && !"already_archived".equals(archived.error())) {
				throw job.park(String.valueOf(archived.error()),
						"Archive the channel by hand, or fix the cause and retry.");
			}
		}
		this.progress.archived(incident.id());
	}

}
