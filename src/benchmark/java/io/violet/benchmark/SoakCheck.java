package io.violet.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chaos soak's invariants, over every call the Slack stand-in received and what the
 * database recorded after the drain. What each one means exactly is in docs/benchmarks.md
 * ("Chaos soak").
 */
final class SoakCheck {

	/** Calls of one effect after Slack refused it for good: one for a crash's window. */
	static final int KEYED_REPEAT_CAP = 1;

	/** Calls about one target after a refusal for good, without an effect key. */
	static final int TARGET_REPEAT_CAP = 8;

	private static final Pattern INITIATIVE_KEY = Pattern.compile("\\bAI-(\\d+)\\b");

	private final ChaosSlack slack;

	private final JdbcTemplate jdbc;

	private final List<String> listedInOpsFailed;

	SoakCheck(ChaosSlack slack, JdbcTemplate jdbc, List<String> listedInOpsFailed) {
		this.slack = slack;
		this.jdbc = jdbc;
		this.listedInOpsFailed = listedInOpsFailed;
	}

	Result run() {
		List<ChaosSlack.Call> calls = this.slack.calls();
		Map<String, String> duplicates = new TreeMap<>();
		Map<String, String> lost = new TreeMap<>();
		List<String> notChecked = new ArrayList<>();

		// keyed posts: a key made more than once is a duplicate
		Map<String, Integer> madeByKey = new HashMap<>();
		int unkeyedPosts = 0;
		int refusedArchived = 0;
		for (ChaosSlack.Call call : calls) {
			if (!call.method().equals("chat.postMessage")) {
				continue;
			}
			if (call.outcome().contains("is_archived")) {
				refusedArchived++;
			}
			if (!call.made()) {
				continue;
			}
			String key = call.effectKey();
			if (key == null) {
				unkeyedPosts++;
			}
			else {
				madeByKey.merge(key, 1, Integer::sum);
			}
		}
		madeByKey.forEach((key, n) -> {
			if (n > 1) {
				duplicates.put("post " + key, n + " posts");
			}
		});

		// every post recorded as done was made
		for (String key : this.jdbc.queryForList(
				"SELECT effect_key FROM slack_effect WHERE method = 'chat.postMessage' AND state = 'DONE'",
				String.class)) {
			if (!madeByKey.containsKey(key)) {
				lost.put("post " + key, "recorded as done, never made in Slack");
			}
		}

		// jobs: none still due, running or being retried after the drain
		for (Map<String, Object> job : this.jdbc.queryForList("SELECT id, job_key, state, attempts, failures, "
				+ "last_error FROM slack_job WHERE state = 'RUNNING' OR (state = 'PENDING' AND (not_before <= "
				+ "CURRENT_TIMESTAMP(6) OR attempts > 0))")) {
			lost.put("job " + job.get("job_key"), "still " + job.get("state") + " after the drain (attempts "
					+ job.get("attempts") + ", failures " + job.get("failures") + ", " + job.get("last_error") + ")");
		}
		int unfinishedPublications = ChaosSoakBenchmark.countIfPresent(this.jdbc,
				"SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL");
		if (unfinishedPublications > 0) {
			lost.put("event publications", unfinishedPublications + " unfinished after the drain");
		}

		// war rooms: one channel per incident, its checklist and announcement once
		Map<Long, Integer> roomsMade = new HashMap<>();
		for (ChaosSlack.Call call : calls) {
			if (call.method().equals("conversations.create") && call.made()) {
				roomsMade.merge(ChaosSlack.incidentOfRoom(call.form().get("name")), 1, Integer::sum);
			}
		}
		Map<String, String> jobStates = new HashMap<>();
		this.jdbc.queryForList("SELECT job_key, state FROM slack_job")
			.forEach((row) -> jobStates.put(String.valueOf(row.get("job_key")), String.valueOf(row.get("state"))));
		Map<String, String> effectStates = new HashMap<>();
		this.jdbc.queryForList("SELECT effect_key, state, error FROM slack_effect")
			.forEach((row) -> effectStates.put(String.valueOf(row.get("effect_key")),
					row.get("state") + ((row.get("error") != null) ? " " + row.get("error") : "")));
		List<Map<String, Object>> incidents = this.jdbc
			.queryForList("SELECT id, private_room, drill, channel_id, setup_step FROM incident");
		int privateIncidents = 0;
		for (Map<String, Object> incident : incidents) {
			long id = ((Number) incident.get("id")).longValue();
			if (Boolean.TRUE.equals(incident.get("private_room"))
					|| "1".equals(String.valueOf(incident.get("private_room")))) {
				privateIncidents++;
			}
			String setup = "incident.setup:" + id;
			String state = jobStates.get(setup);
			int rooms = roomsMade.getOrDefault(id, 0);
			if (rooms > 1) {
				duplicates.put("room of incident " + id, rooms + " channels created");
			}
			if (state == null) {
				lost.put(setup, "no setup job for a declared incident");
				continue;
			}
			if (state.equals("PARKED")) {
				continue;
			}
			if (rooms == 0) {
				lost.put("room of incident " + id, "no channel created (setup " + state + ")");
			}
			if (state.equals("DONE")) {
				for (String effect : List.of(setup + ":summary", setup + ":announcement")) {
					String recorded = effectStates.get(effect);
					boolean refused = recorded != null && recorded.startsWith("FAILED");
					if (!refused && madeByKey.getOrDefault(effect, 0) == 0) {
						lost.put("post " + effect, "setup done, never posted (" + recorded + ")");
					}
				}
			}
		}

		// initiative cards (top-level posts in the initiatives channel) once each
		Map<Long, Integer> cards = new HashMap<>();
		for (ChaosSlack.Call call : calls) {
			if (call.method().equals("chat.postMessage") && call.made()
					&& ChaosSlack.INITIATIVES_CHANNEL.equals(call.form().get("channel"))
					&& (call.form().get("thread_ts") == null || call.form().get("thread_ts").isBlank())) {
				Matcher m = INITIATIVE_KEY.matcher(String.valueOf(call.form().get("text")));
				if (m.find()) {
					cards.merge(Long.parseLong(m.group(1)), 1, Integer::sum);
				}
			}
		}
		List<Long> initiatives = this.jdbc.queryForList("SELECT id FROM initiative", Long.class);
		for (long id : initiatives) {
			int n = cards.getOrDefault(id, 0);
			if (n > 1) {
				duplicates.put("card of AI-" + id, n + " cards posted");
			}
			else if (n == 0) {
				lost.put("card of AI-" + id, "never posted");
			}
		}

		// initiative thread replies and DMs from the initiative outbox, by their text
		try {
			Map<String, Integer> expected = new HashMap<>();
			for (Map<String, Object> row : this.jdbc.queryForList("SELECT m.id, m.initiative_id, m.recipient, "
					+ "m.text, m.posted_at, m.channel_id, i.thread_ts FROM initiative_message m JOIN initiative i "
					+ "ON i.id = m.initiative_id")) {
				String channel = (row.get("recipient") != null) ? "D" + row.get("recipient")
						: "thread " + row.get("thread_ts");
				String target = channel + "|" + row.get("text");
				if (row.get("posted_at") == null) {
					lost.put("initiative message " + row.get("id"),
							"never posted (AI-" + row.get("initiative_id") + ")");
				}
				else if (!String.valueOf(row.get("channel_id")).isEmpty() && row.get("channel_id") != null) {
					expected.merge(target, 1, Integer::sum);
				}
			}
			Map<String, Integer> made = new HashMap<>();
			for (ChaosSlack.Call call : calls) {
				if (call.method().equals("chat.postMessage") && call.made() && call.effectKey() == null) {
					String channel = String.valueOf(call.form().get("channel"));
					boolean threaded = call.form().get("thread_ts") != null && !call.form().get("thread_ts").isBlank();
					String target = (channel.startsWith("D") ? channel
							: (threaded ? "thread " + call.form().get("thread_ts") : "top")) + "|"
							+ call.form().get("text");
					if (expected.containsKey(target)) {
						made.merge(target, 1, Integer::sum);
					}
				}
			}
			expected.forEach((target, n) -> {
				int m = made.getOrDefault(target, 0);
				if (m > n) {
					duplicates.put("initiative message " + abbreviate(target), m + " posts for " + n + " messages");
				}
			});
		}
		catch (RuntimeException ex) {
			notChecked.add("initiative outbox: " + ex.getMessage());
		}

		// training deliveries (their metadata names the delivery)
		try {
			for (Map<String, Object> row : this.jdbc.queryForList("SELECT id, status, reason FROM training_delivery")) {
				String status = String.valueOf(row.get("status"));
				if (status.equals("PENDING") || status.equals("SENDING")) {
					lost.put("training delivery " + row.get("id"), "still " + status + " after the drain");
				}
			}
		}
		catch (RuntimeException ex) {
			notChecked.add("training deliveries: " + ex.getMessage());
		}

		// parked work: all of it listed by /violet ops failed
		Set<String> parked = new LinkedHashSet<>();
		this.jdbc.queryForList("SELECT id FROM slack_job WHERE state = 'PARKED'", Long.class)
			.forEach((id) -> parked.add("J-" + id));
		this.jdbc
			.queryForList("SELECT e.id FROM slack_effect e JOIN slack_job j ON j.id = e.job_id WHERE e.parked = TRUE "
					+ "AND j.state <> 'PARKED'", Long.class)
			.forEach((id) -> parked.add("E-" + id));
		List<String> parkedNotListed = parked.stream().filter((id) -> !this.listedInOpsFailed.contains(id)).toList();
		Map<String, Integer> parkedErrors = new TreeMap<>();
		this.jdbc.queryForList("SELECT last_error FROM slack_job WHERE state = 'PARKED'", String.class)
			.forEach((e) -> parkedErrors.merge("job: " + e, 1, Integer::sum));
		this.jdbc.queryForList("SELECT error FROM slack_effect WHERE state <> 'DONE'", String.class)
			.forEach((e) -> parkedErrors.merge("effect: " + e, 1, Integer::sum));

		// calls repeated after a refusal for good
		Map<String, Integer> repeated = new TreeMap<>();
		Map<String, Integer> againAboutTarget = new TreeMap<>();
		this.slack.callsAfterPermanentRefusal().forEach((about, n) -> {
			String key = about.substring(about.indexOf(' ') + 1);
			boolean keyed = about.startsWith("chat.postMessage ") && !key.contains("/");
			if (keyed && n > KEYED_REPEAT_CAP) {
				repeated.put(about, n);
			}
			else if (!keyed && n > TARGET_REPEAT_CAP) {
				againAboutTarget.put(about, n);
			}
		});

		Map<String, Integer> byMethod = new TreeMap<>();
		int faults = 0;
		for (ChaosSlack.Call call : calls) {
			byMethod.merge(call.method(), 1, Integer::sum);
			if (call.fault()) {
				faults++;
			}
		}
		int recordedDone = count("SELECT COUNT(*) FROM slack_effect WHERE state = 'DONE'");
		int jobs = count("SELECT COUNT(*) FROM slack_job");
		int jobsDone = count("SELECT COUNT(*) FROM slack_job WHERE state = 'DONE'");
		int jobsParked = count("SELECT COUNT(*) FROM slack_job WHERE state = 'PARKED'");
		int jobsLater = count("SELECT COUNT(*) FROM slack_job WHERE state = 'PENDING' AND attempts = 0 AND "
				+ "not_before > CURRENT_TIMESTAMP(6)");
		int effectsParked = count("SELECT COUNT(*) FROM slack_effect WHERE parked = TRUE");
		int effectsRefused = count("SELECT COUNT(*) FROM slack_effect WHERE state <> 'DONE'");

		StringBuilder out = new StringBuilder();
		out.append("| figure | count |\n| --- | ---: |\n");
		row(out, "Web API requests received", calls.size());
		row(out, "faults injected", faults);
		this.slack.faultCounts().forEach((kind, n) -> row(out, "  " + kind, n));
		row(out, "incidents declared (private)", incidents.size() + " (" + privateIncidents + ")");
		row(out, "initiatives created", initiatives.size());
		row(out, "Slack jobs (done / parked / set for later)",
				jobs + " (" + jobsDone + " / " + jobsParked + " / " + jobsLater + ")");
		row(out, "effects recorded as done", recordedDone);
		row(out, "keyed posts made", madeByKey.size());
		row(out, "war rooms created", roomsMade.values().stream().mapToInt(Integer::intValue).sum());
		row(out, "posts without an effect key (initiative outbox)", unkeyedPosts);
		row(out, "effects refused for good (skipped or parked)", effectsRefused);
		row(out, "  of them parked for admins", effectsParked);
		row(out, "parked jobs and effects listed by ops failed", this.listedInOpsFailed.size());
		row(out, "posts refused as is_archived", refusedArchived);
		row(out, "**duplicates**", duplicates.size());
		row(out, "**lost**", lost.size());
		row(out, "**private incidents shown outside their room**", this.slack.leaks().size());
		row(out, "**calls repeated after a refusal for good beyond the cap**", repeated.size());
		row(out, "**parked but not in ops failed**", parkedNotListed.size());
		out.append("\nCalls by method: ").append(byMethod).append('\n');
		out.append("\nRefusals recorded: ").append(parkedErrors).append('\n');
		if (!notChecked.isEmpty()) {
			out.append("\nNot checked: ").append(notChecked).append('\n');
		}
		details(out, "Duplicates", duplicates);
		details(out, "Lost", lost);
		if (!this.slack.leaks().isEmpty()) {
			out.append("\nLeaks:\n");
			this.slack.leaks().stream().limit(50).forEach((l) -> out.append("- ").append(l).append('\n'));
		}
		if (!repeated.isEmpty()) {
			out.append("\nRepeated after a refusal for good:\n");
			repeated.forEach((k, n) -> out.append("- ").append(k).append(": ").append(n).append('\n'));
		}
		if (!againAboutTarget.isEmpty()) {
			out.append("\nCalls without an effect key about a target Slack had refused for good, more than ")
				.append(TARGET_REPEAT_CAP)
				.append(" (each may be another effect; not failed on):\n");
			againAboutTarget.forEach((k, n) -> out.append("- ").append(k).append(": ").append(n).append('\n'));
		}
		if (!parkedNotListed.isEmpty()) {
			out.append("\nParked, not listed: ").append(parkedNotListed).append('\n');
		}
		return new Result(duplicates, lost, this.slack.leaks(), repeated, parkedNotListed, out.toString());
	}

	private static void details(StringBuilder out, String title, Map<String, String> entries) {
		if (!entries.isEmpty()) {
			out.append('\n').append(title).append(":\n");
			entries.entrySet()
				.stream()
				.limit(100)
				.forEach((e) -> out.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
		}
	}

	private static void row(StringBuilder out, String what, Object n) {
		out.append("| ").append(what).append(" | ").append(n).append(" |\n");
	}

	private static String abbreviate(String text) {
		return (text.length() > 120) ? text.substring(0, 120) + "…" : text;
	}

	private int count(String sql) {
		Integer n = this.jdbc.queryForObject(sql, Integer.class);
		return (n != null) ? n : 0;
	}

	record Result(Map<String, String> duplicates, Map<String, String> lost, List<String> leaks,
			Map<String, Integer> repeatedAfterRefusal, List<String> parkedNotListed, String summary) {

		Map<String, String> duplicateDetails() {
			return this.duplicates;
		}

		Map<String, String> lostDetails() {
			return this.lost;
		}

	}

}
