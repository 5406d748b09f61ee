package io.violet.followup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * How many follow-ups wait for each owner, counted by the database (figures need the
 * numbers, not the follow-ups; counts name no incident, so private ones count too).
 */
@Service
public class FollowUpCounts {

	private final JdbcTemplate jdbc;

	FollowUpCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Open follow-ups per owner.
	 * @param today the day that decides what is overdue, in the organisation's zone
	 * @return one line per owner with an open follow-up, the most loaded first
	 */
	public List<OwnerLoad> openPerOwner(LocalDate today) {
		return this.jdbc.query(
				"SELECT owner_id, COUNT(*), SUM(CASE WHEN due_on < ? THEN 1 ELSE 0 END) FROM follow_up "
						+ "WHERE done = FALSE GROUP BY owner_id ORDER BY COUNT(*) DESC, owner_id",
				(rs, row) -> new OwnerLoad(rs.getString(1), rs.getInt(2), rs.getInt(3)), Date.valueOf(today));
	}

	/**
	 * What waits for one owner.
	 *
	 * @param ownerId the owner
	 * @param open open follow-ups
	 * @param overdue of those, past their due date
	 */
	public record OwnerLoad(String ownerId, int open, int overdue) {

	}

}
