package io.violet.incident.slack;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.slack.api.app_backend.events.payload.Authorization;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import io.violet.incident.internal.RoomMembership;
import io.violet.slack.InteractionRegistrar;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Slack's {@code member_joined_channel} and {@code member_left_channel} events keep war
 * rooms' membership current. They arrive for every channel Violet is in; those that are
 * no war room are ignored after one indexed read.
 */
@Component
class RoomMembershipEvents implements InteractionRegistrar {

	private final RoomMembership membership;

	private final Clock clock;

	RoomMembershipEvents(RoomMembership membership, Clock clock) {
		this.membership = membership;
		this.clock = clock;
	}

	@Override
	public void register(App app) {
		app.event(MemberJoinedChannelEvent.class, (payload, ctx) -> {
			MemberJoinedChannelEvent event = payload.getEvent();
			if (event.getUser() != null && event.getChannel() != null && !isBot(payload, event.getUser())) {
				this.membership.joined(event.getChannel(), event.getUser(), at(event.getEventTs(), payload));
			}
			return ctx.ack();
		});
		app.event(MemberLeftChannelEvent.class, (payload, ctx) -> {
			MemberLeftChannelEvent event = payload.getEvent();
			if (event.getUser() != null && event.getChannel() != null && !isBot(payload, event.getUser())) {
				this.membership.left(event.getChannel(), event.getUser(), at(event.getEventTs(), payload));
			}
			return ctx.ack();
		});
	}

	private static boolean isBot(EventsApiPayload<?> payload, String user) {
		List<Authorization> authorizations = payload.getAuthorizations();
		return authorizations != null && authorizations.stream()
			.anyMatch((a) -> Boolean.TRUE.equals(a.getIsBot()) && user.equals(a.getUserId()));
	}

	/**
	 * When Slack says it happened: the event's ts, else the envelope's time, else now.
	 */
	private Instant at(@Nullable String eventTs, EventsApiPayload<?> payload) {
		if (eventTs != null) {
			try {
				BigDecimal seconds = new BigDecimal(eventTs);
				return Instant.ofEpochSecond(seconds.longValue(),
						seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
			}
			catch (NumberFormatException | ArithmeticException ex) {
				// fall through to the envelope's time
			}
		}
		return (payload.getEventTime() != null) ? Instant.ofEpochSecond(payload.getEventTime()) : this.clock.instant();
	}

}
