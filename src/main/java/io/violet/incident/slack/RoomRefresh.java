package io.violet.incident.slack;

import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.SetupStep;
import io.violet.incident.internal.WarRoomProgress;
import io.violet.slack.SlackApiError;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackMethod;
import io.violet.slack.SlackWork;

import org.springframework.stereotype.Component;

/**
 * Keeps a war room in step with its incident: topic, pinned summary, clocks. Refresh
 * work: any number of changes while it waits or runs make one more run, and everything it
 * does is safe to repeat.
 */
@Component
class RoomRefresh implements SlackWork {

	static final String TYPE = "incident.room";

	private final SlackGateway slack;

	private final IncidentQueries queries;

	private final WarRoomProgress progress;

	RoomRefresh(SlackGateway slack, IncidentQueries queries, WarRoomProgress progress) {
		this.slack = slack;
		this.queries = queries;
		this.progress = progress;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String describe(String subject) {
		return "war-room refresh of incident #" + subject;
	}

	@Override
	public void run(SlackJob job) {
		IncidentQueries.Room room = this.queries.room(Long.parseLong(job.subject())).orElseThrow();
		Incident incident = room.incident();
		if (incident.channelId().isEmpty() || incident.archived()) {
			return;
		}
		String channel = incident.channelId().get();
		String topic = WarRoomTopicView.topic(incident);
		if (incident.summaryTs().isPresent() && !incident.lastTopic().map(topic::equals).orElse(false)) {
			// setting the same topic again changes nothing: not a keyed effect
			var set = this.slack.call(SlackMethod.CONVERSATIONS_SET_TOPIC,
					(c) -> c.conversationsSetTopic((r) -> r.channel(channel).topic(topic)));
			if (!set.isOk()) {
				throw new SlackApiError(SlackMethod.CONVERSATIONS_SET_TOPIC, set.getError());
			}
			this.progress.topicSet(incident.id(), topic);
		}
		if (incident.summaryTs().isPresent()) {
			job.update(channel, incident.summaryTs().get(), SlackMessage.of(WarRoomSummaryView.text(incident),
					WarRoomSummaryView.blocks(room, this.queries.playbook(incident.type()))));
		}
		if (incident.clocksTs().isPresent()) {
			job.update(channel, incident.clocksTs().get(), SlackMessage.of("Regulatory clocks for " + incident.label(),
					RegulatoryClocksView.blocks(incident, ClockDeadline.of(incident, room.clocks(), this.queries))));
		}
	}

	static boolean setUp(Incident incident) {
		return incident.setupStep().reached(SetupStep.CHANNEL);
	}

}
