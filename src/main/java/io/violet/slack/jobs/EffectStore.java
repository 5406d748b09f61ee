package io.violet.slack.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.violet.slack.Effect;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The {@code slack_effect} rows: the recorded outcome of each keyed effect.
 */
@Repository
class EffectStore {

	private static final Gson GSON = new Gson();

	private static final java.lang.reflect.Type VALUES = new TypeToken<Map<String, String>>() {
	}.getType();

	private static final RowMapper<Recorded> ROW = (rs, n) -> new Recorded(rs.getLong("id"), rs.getString("effect_key"),
			rs.getLong("job_id"), rs.getString("method"), Effect.Status.valueOf(rs.getString("state")),
			rs.getBoolean("parked"), values(rs.getString("effect_values")), rs.getString("error"),
			rs.getTimestamp("created_at").toInstant());

	private static final String COLUMNS = "id, effect_key, job_id, method, state, parked, effect_values, error, created_at";

	private final JdbcTemplate jdbc;

	EffectStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every effect a job recorded, by key.
	 */
	Map<String, Recorded> ofJob(long jobId) {
		Map<String, Recorded> found = new HashMap<>();
		this.jdbc.query("SELECT " + COLUMNS + " FROM slack_effect WHERE job_id = ?", ROW, jobId)
			.forEach((r) -> found.put(r.key(), r));
		return found;
	}

	Optional<Recorded> find(String key) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM slack_effect WHERE effect_key = ?", ROW, key)
			.stream()
			.findFirst();
	}

	/**
	 * Records outcomes in one statement; an outcome recorded before under the same key
	 * stays as it was.
	 */
	void record(List<Pending> outcomes, Instant now) {
		if (outcomes.isEmpty()) {
			return;
		}
		List<Object> args = new ArrayList<>(outcomes.size() * 8);
		for (Pending outcome : outcomes) {
			Effect effect = outcome.effect();
			args.add(outcome.key());
			args.add(outcome.jobId());
			args.add(outcome.method());
			args.add(effect.status().name());
			args.add(outcome.parked());
			args.add(effect.values().isEmpty() ? null : JobStore.cut(GSON.toJson(effect.values()), 2000));
			args.add((effect.error() != null) ? JobStore.cut(effect.error(), 255) : null);
			args.add(Timestamp.from(now));
		}
		this.jdbc.update(
				"INSERT IGNORE INTO slack_effect (effect_key, job_id, method, state, parked, effect_values, "
						+ "error, created_at) VALUES "
						+ String.join(", ", Collections.nCopies(outcomes.size(), "(?, ?, ?, ?, ?, ?, ?, ?)")),
				args.toArray());
	}

	/**
	 * Failed effects an admin should see, whose job went on without them (a parked job is
	 * listed by itself).
	 */
	List<Recorded> parked() {
		return this.jdbc.query("SELECT e.id, e.effect_key, e.job_id, e.method, e.state, e.parked, e.effect_values, "
				+ "e.error, e.created_at FROM slack_effect e JOIN slack_job j ON j.id = e.job_id "
				+ "WHERE e.parked = TRUE AND j.state <> 'PARKED' ORDER BY e.created_at DESC", ROW);
	}

	int countParked() {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM slack_effect e JOIN slack_job j ON j.id = "
				+ "e.job_id WHERE e.parked = TRUE AND j.state <> 'PARKED'", Integer.class);
		return (count != null) ? count : 0;
	}

	/**
	 * Clears a parked effect, so that its job makes it again.
	 * @return the job that made it, empty when there is no such parked effect
	 */
	Optional<Long> clear(long effectId) {
		List<Long> job = this.jdbc.queryForList("SELECT job_id FROM slack_effect WHERE id = ? AND parked = TRUE",
				Long.class, effectId);
		if (job.isEmpty()) {
			return Optional.empty();
		}
		this.jdbc.update("DELETE FROM slack_effect WHERE id = ?", effectId);
		return Optional.of(job.get(0));
	}

	private static Map<String, String> values(@Nullable String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		Map<String, String> values = GSON.fromJson(json, VALUES);
		return (values != null) ? values : Map.of();
	}

	/**
	 * An outcome to record.
	 */
	record Pending(String key, long jobId, String method, Effect effect, boolean parked) {
	}

	/**
	 * A recorded outcome.
	 */
	record Recorded(long id, String key, long jobId, String method, Effect.Status state, boolean parked,
			Map<String, String> values, @Nullable String error, Instant at) {

		Effect effect() {
			return new Effect(this.state, this.values, this.error);
		}

	}

}
