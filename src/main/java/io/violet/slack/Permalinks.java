package io.violet.slack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Links to messages ({@code chat.getPermalink}), for "Open thread" buttons. A read, so
 * only outside request handling (e.g. while a Home is rendered after the ack); a
 * message's link never changes, so answers are kept.
 */
@Component
public class Permalinks {

	private static final Logger log = LoggerFactory.getLogger(Permalinks.class);

	private static final int KEPT = 2000;

	private final SlackGateway gateway;

	private final Map<String, String> known = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > KEPT;
		}

	});

	Permalinks(SlackGateway gateway) {
		this.gateway = gateway;
	}

	/**
	 * The link to a message.
	 * @param channel its channel
	 * @param ts its ts
	 * @return the link, empty when Slack does not give one
	 */
	public Optional<String> of(String channel, String ts) {
		String key = channel + "/" + ts;
		String link = this.known.get(key);
		if (link != null) {
			return Optional.of(link);
		}
		try {
			var answer = this.gateway.call(SlackMethod.CHAT_GET_PERMALINK,
					(c) -> c.chatGetPermalink((r) -> r.channel(channel).messageTs(ts)));
			if (answer.isOk() && answer.getPermalink() != null) {
				this.known.put(key, answer.getPermalink());
				return Optional.of(answer.getPermalink());
			}
		}
		catch (RuntimeException ex) {
			log.debug("No permalink for {}: {}", key, ex.getMessage());
		}
		return Optional.empty();
	}

}
