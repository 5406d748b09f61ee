package io.violet.incident.slack;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.internal.RoomMembersReader;
import io.violet.incident.internal.RoomMembership;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlackMethod;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Reads a war room's members with {@code conversations.members} on a Slack work thread,
 * after the request that asked, and hands them to {@link RoomMembership}.
 */
@Component
class SlackRoomMembers implements RoomMembersReader {

	private static final Logger log = LoggerFactory.getLogger(SlackRoomMembers.class);

	private static final int MAX_PAGES = 50;

	private final SlackGateway slack;

	private final IncidentQueries queries;

	private final RoomMembership membership;

	private final Executor executor;

	private final Clock clock;

	private final Set<Long> reading = ConcurrentHashMap.newKeySet();

	private volatile @Nullable String botUserId;

	SlackRoomMembers(SlackGateway slack, IncidentQueries queries, RoomMembership membership,
			@Qualifier("slackWorkExecutor") Executor executor, Clock clock) {
		this.slack = slack;
		this.queries = queries;
		this.membership = membership;
		this.executor = executor;
		this.clock = clock;
	}

	@Override
	public void readSoon(long incidentId) {
		if (!this.reading.add(incidentId)) {
			return;
		}
		try {
			this.executor.execute(() -> {
				try {
					read(incidentId);
				}
				catch (RuntimeException ex) {
					log.warn("Could not read the members of incident {}'s room: {}", incidentId, ex.getMessage());
				}
				finally {
					this.reading.remove(incidentId);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			// the work threads are full: the next read of the room asks again
			this.reading.remove(incidentId);
		}
	}

	private void read(long incidentId) {
		Incident incident = this.queries.byId(incidentId).orElse(null);
		if (incident == null || incident.channelId().isEmpty() || incident.archived()) {
			return;
		}
		String channel = incident.channelId().get();
		Instant readAt = this.clock.instant();
		Set<String> members = new HashSet<>();
		String cursor = null;
		for (int page = 0; page < MAX_PAGES; page++) {
			String from = cursor;
			var answer = this.slack.call(SlackMethod.CONVERSATIONS_MEMBERS, (c) -> c.conversationsMembers((r) -> {
				r.channel(channel).limit(1000);
				if (from != null) {
					r.cursor(from);
				}
				return r;
			}));
			if (!answer.isOk() || answer.getMembers() == null) {
				// Slack said nothing about the members: what was recorded stands
				log.info("No members of incident {}'s room from Slack: {}", incidentId, answer.getError());
				return;
			}
			members.addAll(answer.getMembers());
			cursor = (answer.getResponseMetadata() != null) ? answer.getResponseMetadata().getNextCursor() : null;
			if (cursor == null || cursor.isBlank()) {
				members.remove(botUserId());
				this.membership.reconciled(incidentId, members, readAt);
				return;
			}
		}
		log.warn("Incident {}'s room has more members than Violet reads; membership left as recorded", incidentId);
	}

	private String botUserId() {
		String known = this.botUserId;
		if (known == null) {
			known = this.slack.require(SlackMethod.AUTH_TEST, (c) -> c.authTest((r) -> r)).getUserId();
			this.botUserId = known;
		}
		return known;
	}

}
