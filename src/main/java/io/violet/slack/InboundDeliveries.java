package io.violet.slack;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers which Slack deliveries were handled, in the database, so that a redelivery
 * (possibly to another replica) is recognised.
 */
@Component
public class InboundDeliveries {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	InboundDeliveries(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Claims a delivery key.
	 * @param key e.g. {@code event:Ev123}
	 * @return true the first time the key is seen, false for a duplicate
	 */
	public boolean claim(String key) {
		return this.jdbc.update("INSERT IGNORE INTO inbound_delivery (delivery_key, received_at) VALUES (?, ?)",
				key.length() > 255 ? key.substring(0, 255) : key, Timestamp.from(this.clock.instant())) == 1;
	}

	/**
	 * Gives a key back, for a delivery that was refused and may come again corrected.
	 * @param key the key
	 */
	public void release(String key) {
		this.jdbc.update("DELETE FROM inbound_delivery WHERE delivery_key = ?", key);
	}

	int purgeOlderThan(Duration age) {
		return this.jdbc.update("DELETE FROM inbound_delivery WHERE received_at < ?",
				Timestamp.from(this.clock.instant().minus(age)));
	}

}
