package io.violet.training.slack;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.violet.training.SessionKey;
import io.violet.training.Topic;
import io.violet.training.internal.Completions;

/**
 * The evidence export: one row per person, topic and completion.
 */
final class Csv {

	private Csv() {
	}

	static String completions(List<Completions.Completion> completions, List<Topic> topics) {
		Map<String, Topic> byKey = topics.stream().collect(Collectors.toMap(Topic::key, Function.identity()));
		StringBuilder csv = new StringBuilder(
				"user_id,topic_key,topic_title,session,session_title,completed_at_utc,recorded_by,how,basis\r\n");
		for (Completions.Completion c : completions) {
			Topic topic = (c.topicKey() != null) ? byKey.get(c.topicKey()) : null;
			csv.append(field(c.userId()))
				.append(',')
				.append(field(c.topicKey() != null ? c.topicKey() : ""))
				.append(',')
				.append(field(topic != null ? topic.title() : ""))
				.append(',')
				.append(field(new SessionKey(c.sessionId()).text()))
				.append(',')
				.append(field(c.title()))
				.append(',')
				.append(field(c.completedAt().toString()))
				.append(',')
				.append(field(c.recordedBy()))
				.append(',')
				.append(field(c.how().toLowerCase(java.util.Locale.ROOT)))
				.append(',')
				.append(field(topic != null ? topic.source() : ""))
				.append("\r\n");
		}
		return csv.toString();
	}

	private static String field(String value) {
		String safe = value;
		// a leading formula character would run as a formula in spreadsheet software
		if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
