package io.violet.training.slack;

import java.util.List;
import java.util.UUID;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refusals of {@code training schedule}, {@code workshop schedule} and
 * {@code drill schedule}: what each says, which comes first when several apply, and that
 * nothing is scheduled.
 */
class ScheduleCommandFlowTests extends SlackTestSupport {

	private static final String TRAINING_FORM = "/violet training schedule <topic> <yyyy-MM-dd HH:mm> [--tz <zone>] "
			+ "[--every <cadence>] [--roles a,b] [--invite @user…]";

	private static final String WORKSHOP_FORM = "/violet workshop schedule \"<title>\" <yyyy-MM-dd HH:mm> "
			+ "--roles a,b [--tz <zone>] [--invite @user…]";

	private static final String DRILL_FORM = "/violet drill schedule <incident-type> <yyyy-MM-dd HH:mm> [--tz <zone>] "
			+ "[--invite @user…]";

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	private static String uid(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
	}

	private int sessions() {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM training_session", Integer.class);
		return (count != null) ? count : 0;
	}

	@Test
	void workshopRefusalsSayWhatIsWrongInTheirOrder() {
		String hr = uid("UH");
		String other = uid("UX");
		this.directory.assign(Role.HR, List.of(hr), false, ADMIN);
		int before = sessions();
		assertThat(command(hr, "workshop plan").text()).contains("plan").contains(WORKSHOP_FORM);
		assertThat(command(hr, "workshop schedule").text()).contains("Give the workshop a title in quotes.")
			.contains(WORKSHOP_FORM);
		assertThat(command(hr, "workshop schedule \"" + "x".repeat(201) + "\" 2031-01-01 10:00 --roles hr").text())
			.contains("Keep the title under 200 characters.");
		assertThat(command(hr, "workshop schedule \"Weekly\" 2031-01-01 10:00 --roles hr --every weekly").text())
			.contains("Workshops do not repeat; schedule a catalog training with `--every` instead.");
		// the shared parts are read before the roles are asked for
		assertThat(command(hr, "workshop schedule \"No time\"").text()).contains("Give the date and time as");
		assertThat(command(hr, "workshop schedule \"No roles\" 2031-01-01 10:00 --tz UTC").text())
			.contains("Name the roles to bring together with `--roles`");
		// and what is wrong with the command comes before who may give it
		assertThat(command(other, "workshop schedule \"No roles\" 2031-01-01 10:00 --tz UTC").text())
			.contains("Name the roles to bring together with `--roles`");
		assertThat(command(other, "workshop schedule \"Mine\" 2031-01-01 10:00 --tz UTC --roles hr").text())
			.isEqualTo(":no_entry: Only hr owners and Violet admins can schedule workshops.");
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void drillRefusalsSayWhatIsWrongInTheirOrder() {
		String commander = uid("UC");
		String hr = uid("UH");
		this.directory.assign(Role.INCIDENT_COMMANDER, List.of(commander), false, ADMIN);
		this.directory.assign(Role.HR, List.of(hr), false, ADMIN);
		int before = sessions();
		assertThat(command(commander, "drill run").text()).contains("run").contains(DRILL_FORM);
		assertThat(command(commander, "drill schedule").text())
			.contains("Name the incident type: prompt-injection data-leakage")
			.contains(DRILL_FORM);
		assertThat(command(commander, "drill schedule Alien-Attack 2031-01-01 10:00").text())
			.contains("Unknown incident type `alien-attack`. Types: prompt-injection");
		// drills take neither a cadence nor roles
		assertThat(command(commander, "drill schedule evasion 2031-01-01 10:00 --every weekly").text())
			.contains("--every")
			.contains(DRILL_FORM);
		assertThat(command(commander, "drill schedule evasion 2031-02-30 10:00").text()).contains("not a real date");
		assertThat(command(uid("UX"), "drill schedule evasion 2031-02-30 10:00").text()).contains("not a real date");
		assertThat(command(uid("UX"), "drill schedule evasion 2031-01-01 10:00 --tz UTC").text())
			.isEqualTo(":no_entry: Only hr and incident-commander owners and Violet admins can schedule drills.");
		assertThat(sessions()).isEqualTo(before);
		assertThat(command(hr, "drill schedule evasion 2031-01-01 10:00 --tz UTC").text()).contains("Scheduled")
			.contains("Incident-response drill: evasion");
		assertThat(sessions()).isEqualTo(before + 1);
	}

	@Test
	void trainingRefusalsSayWhatIsWrongInTheirOrder() {
		String hr = uid("UH");
		String other = uid("UX");
		this.directory.assign(Role.HR, List.of(hr), false, ADMIN);
		int before = sessions();
		assertThat(command(hr, "training schedule --tz").text()).contains(TRAINING_FORM);
		assertThat(command(hr, "training schedule --tz UTC").text())
			.contains("Name a topic from `/violet training catalog`.")
			.contains(TRAINING_FORM);
		assertThat(command(other, "training schedule knitting 2031-01-01 10:00").text())
			.contains("Unknown topic `knitting`. Topics: ai-literacy");
		assertThat(command(other, "training schedule ai-literacy 2031-01-01").text())
			.contains("Give the date and time as");
		assertThat(command(other, "training schedule ai-literacy 2031-01-01 10:00 --tz UTC").text())
			.isEqualTo(":no_entry: Only hr owners and Violet admins can schedule trainings.");
		assertThat(command(other, "training schedule").text())
			.isEqualTo(":no_entry: Only hr owners and Violet admins can schedule trainings.");
		assertThat(sessions()).isEqualTo(before);
	}

}
