package io.violet.initiative;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;

/**
 * How many initiatives stand at each stage, counted by the database (figures and digests
 * need the numbers, not the initiatives).
 */
@Service
public class InitiativeCounts {

	private final JdbcTemplate jdbc;

	InitiativeCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Initiatives per stage.
	 * @return every stage with its count, zero included, in lifecycle order
	 */
	public Map<Stage, Integer> byStage() {
		Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			counts.put(stage, 0);
		}
		this.jdbc.query("SELECT stage, COUNT(*) FROM initiative GROUP BY stage",
				(RowCallbackHandler) (rs) -> counts.put(Stage.valueOf(rs.getString(1)), rs.getInt(2)));
		return counts;
	}

}
