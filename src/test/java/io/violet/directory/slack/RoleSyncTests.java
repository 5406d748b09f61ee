package io.violet.directory.slack;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.violet.audit.Actor;
import io.violet.audit.AuditRecord;
import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.directory.RoleSyncs;
import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code role sync} remembers the group; {@code subteam_members_changed} and the daily
 * reconcile keep the owners equal to its members, each change audited; {@code role
 * unsync} stops it.
 */
class RoleSyncTests extends SlackTestSupport {

	@Autowired
	Directory directory;

	@Autowired
	RoleSyncs syncs;

	@Autowired
	AuditTrail audit;

	@Autowired
	RoleSyncFollower follower;

	private static String newUser() {
		return "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
	}

	private static String newGroup() {
		return "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
	}

	private void members(String group, String... users) {
		this.slack.server()
			.stubFor(WireMock.post(WireMock.urlEqualTo("/api/usergroups.users.list"))
				.withRequestBody(WireMock.containing("usergroup=" + group))
				.atPriority(10)
				.willReturn(WireMock.okJson("{\"ok\":true,\"users\":["
						+ String.join(",", java.util.Arrays.stream(users).map((u) -> "\"" + u + "\"").toList())
						+ "]}")));
	}

	private void changed(String group) {
		event("Ev" + UUID.randomUUID().toString().substring(0, 8), "{\"type\":\"subteam_members_changed\","
				+ "\"subteam_id\":\"" + group + "\",\"team_id\":\"T0001\",\"date_previous_update\":1,\"date_update\":2,"
				+ "\"added_users\":[],\"added_users_count\":\"0\",\"removed_users\":[],\"removed_users_count\":\"0\","
				+ "\"event_ts\":\"1.1\"}");
	}

	private List<String> owners(Role role) {
		return this.directory.holders(role).owners();
	}

	private void sync(Role role, String group) {
		String trigger = "trigger-" + UUID.randomUUID();
		command(ADMIN, "CGENERAL", "role sync " + role.key() + " <!subteam^" + group + "|@g>", trigger);
		assertThat(awaitResponses(trigger).get(0)).contains("now has the").contains("role unsync " + role.key());
	}

	@Test
	void theOwnersFollowTheGroupWithEveryChangeAuditedUntilUnsynced() {
		String group = newGroup();
		String stays = newUser();
		String leaves = newUser();
		String joins = newUser();
		members(group, stays, leaves);
		sync(Role.COMPLIANCE, group);
		assertThat(owners(Role.COMPLIANCE)).containsExactlyInAnyOrder(stays, leaves);
		assertThat(this.syncs.groupOf(Role.COMPLIANCE)).contains(group);

		// Slack says the group changed: the owners follow, and the directory's audit says
		// so
		members(group, stays, joins);
		changed(group);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> owners(Role.COMPLIANCE).containsAll(List.of(stays, joins))
					&& owners(Role.COMPLIANCE).size() == 2);
		List<AuditRecord> trail = this.audit.about("role:" + Role.COMPLIANCE.key());
		assertThat(trail).anySatisfy((r) -> {
			assertThat(r.action()).isEqualTo("role.removed");
			assertThat(r.actor()).isEqualTo(Actor.VIOLET.id());
			assertThat(r.details()).contains(leaves);
		});
		assertThat(trail).anySatisfy((r) -> {
			assertThat(r.action()).isEqualTo("role.owner-assigned");
			assertThat(r.actor()).isEqualTo(Actor.VIOLET.id());
			assertThat(r.details()).contains(joins);
		});

		// unsync: later changes of the group leave the owners alone
		assertThat(command(ADMIN, "role unsync compliance").text()).contains("no longer follows");
		assertThat(this.audit.about("role:" + Role.COMPLIANCE.key()))
			.anyMatch((r) -> r.action().equals("role.unsynced"));
		members(group, newUser());
		changed(group);
		// a second role that still follows its own group shows the event work ran
		String other = newGroup();
		String marker = newUser();
		members(other, newUser());
		sync(Role.ETHICS, other);
		members(other, marker);
		changed(other);
		await().atMost(Duration.ofSeconds(30)).until(() -> owners(Role.ETHICS).equals(List.of(marker)));
		assertThat(owners(Role.COMPLIANCE)).containsExactlyInAnyOrder(stays, joins);
		assertThat(command(ADMIN, "role unsync compliance").text()).contains("follows no user group");
	}

	@Test
	void theDailyReconcileCatchesAChangeWhoseEventWasLost() {
		String group = newGroup();
		String before = newUser();
		String after = newUser();
		members(group, before);
		sync(Role.COMMS, group);
		members(group, after);
		assertThat(this.follower.reconcile()).isPositive();
		assertThat(owners(Role.COMMS)).containsExactly(after);
		assertThat(this.follower.reconcile()).as("nothing left to change").isZero();
		assertThat(this.audit.about("role:" + Role.COMMS.key()))
			.filteredOn((r) -> r.action().equals("role.synced") && r.actor().equals(Actor.VIOLET.id()))
			.hasSize(1);
	}

	@Test
	void onlyAdminsUnsyncAndTheFormIsShown() {
		assertThat(command(newUser(), "role unsync legal").text()).contains("Only Violet admins");
		assertThat(command(ADMIN, "role unsync").text()).contains("/violet role unsync <role>");
		assertThat(command(ADMIN, "role unsync nobody").text()).contains("Unknown role");
	}

}
