package io.violet.directory.slack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.directory.RoleHolders;
import io.violet.directory.UserFacts;
import io.violet.slack.UserReachability;
import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code user_change} keeps the cached user facts current: a deactivated owner loses
 * their roles with an audit entry, a role falls to its backup, the admins are told once
 * which roles have no owner left, and their App Home shows those roles.
 */
class DeactivatedUserTests extends SlackTestSupport {

	@Autowired
	Directory directory;

	@Autowired
	UserFacts facts;

	@Autowired
	AuditTrail audit;

	@Autowired
	UserReachability reachability;

	private static String newUser() {
		return "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
	}

	private void userChange(String userId, boolean deleted, long updated) {
		event("Ev" + UUID.randomUUID().toString().substring(0, 8),
				"{\"type\":\"user_change\",\"user\":{\"id\":\"" + userId + "\",\"name\":\"someone\",\"deleted\":"
						+ deleted + ",\"is_bot\":false,\"updated\":" + updated
						+ ",\"tz\":\"Europe/Berlin\"},\"cache_ts\":1,\"event_ts\":\"1.1\"}");
	}

	private List<Map<String, String>> dmsToAdmin(String mentioning) {
		return this.slack.calls("chat.postMessage", "channel", "D" + ADMIN)
			.stream()
			.filter((c) -> c.get("text").contains(mentioning))
			.toList();
	}

	/** Empties a role for the test; gives back a way to restore it. */
	private Runnable emptied(Role role) {
		RoleHolders before = this.directory.holders(role);
		before.owners().forEach((u) -> this.directory.remove(role, u, ADMIN));
		before.backups().forEach((u) -> this.directory.remove(role, u, ADMIN));
		return () -> {
			this.directory.holders(role).owners().forEach((u) -> this.directory.remove(role, u, ADMIN));
			this.directory.holders(role).backups().forEach((u) -> this.directory.remove(role, u, ADMIN));
			this.directory.assign(role, before.owners(), false, ADMIN);
			this.directory.assign(role, before.backups(), true, ADMIN);
		};
	}

	@Test
	void aDeactivatedOwnerIsRemovedTheRoleFallsToItsBackupAndAdminsAreToldOnce() {
		String gone = newUser();
		String backup = newUser();
		String otherOwner = newUser();
		Runnable restoreUx = emptied(Role.UX_DESIGNER);
		Runnable restoreEthics = emptied(Role.ETHICS);
		Runnable restoreSme = emptied(Role.SME);
		try {
			this.directory.assign(Role.UX_DESIGNER, List.of(gone), false, ADMIN);
			this.directory.assign(Role.ETHICS, List.of(gone), false, ADMIN);
			this.directory.assign(Role.ETHICS, List.of(backup), true, ADMIN);
			this.directory.assign(Role.SME, List.of(otherOwner, gone), false, ADMIN);
			userChange(gone, false, 1700000000);
			assertThat(this.reachability.isReachable(gone)).isTrue();

			userChange(gone, true, 1700000100);

			assertThat(this.facts.cached(gone)).hasValueSatisfying((f) -> assertThat(f.deactivated()).isTrue());
			assertThat(this.reachability.isReachable(gone)).as("DMs and invites skip them").isFalse();
			assertThat(this.directory.rolesOf(gone)).isEmpty();
			assertThat(this.directory.holders(Role.ETHICS).owners()).as("fell to the backup").containsExactly(backup);
			assertThat(this.directory.holders(Role.SME).owners()).containsExactly(otherOwner);
			assertThat(this.directory.holders(Role.UX_DESIGNER).owners()).isEmpty();
			assertThat(this.audit.about("role:ux-designer")).anySatisfy((r) -> {
				assertThat(r.action()).isEqualTo("role.ended-deactivated");
				assertThat(r.details()).contains(gone);
			});
			assertThat(this.audit.about("role:ethics")).anySatisfy((r) -> {
				assertThat(r.action()).isEqualTo("role.backup-promoted");
				assertThat(r.details()).contains(backup);
			});

			// one DM to the admins names the role nobody could take over, and only it
			await().atMost(Duration.ofSeconds(20)).until(() -> {
				runDueSlackJobs();
				return !dmsToAdmin(gone).isEmpty();
			});
			String text = dmsToAdmin(gone).get(0).get("text");
			assertThat(text).contains("ux-designer").doesNotContain("`ethics`").doesNotContain("`sme`");

			// Slack says it again (a profile edit, a redelivery): nobody is told twice
			userChange(gone, true, 1700000100);
			userChange(gone, true, 1700000200);
			// an older answer arriving late does not bring them back
			userChange(gone, false, 1700000050);
			assertThat(this.reachability.isReachable(gone)).isFalse();
			advanceAndRunSlackJobs(Duration.ofMinutes(5));
			assertThat(dmsToAdmin(gone)).hasSize(1);
			assertThat(this.audit.about("role:ux-designer"))
				.filteredOn((r) -> "role.ended-deactivated".equals(r.action()) && r.details().contains(gone))
				.hasSize(1);

			// the admins' Home shows the role without an owner
			this.slack.resetToDefaults();
			event("Ev" + UUID.randomUUID().toString().substring(0, 8),
					"{\"type\":\"app_home_opened\",\"user\":\"" + ADMIN + "\",\"tab\":\"home\",\"event_ts\":\"1.1\"}");
			await().atMost(Duration.ofSeconds(20)).until(() -> {
				runDueSlackJobs();
				return this.slack.calls("views.publish", "user_id", ADMIN)
					.stream()
					.anyMatch((c) -> c.get("view").contains("Roles without an owner"));
			});
			String home = this.slack.calls("views.publish", "user_id", ADMIN)
				.stream()
				.filter((c) -> c.get("view").contains("Roles without an owner"))
				.findFirst()
				.orElseThrow()
				.get("view");
			assertThat(home).contains("ux-designer");
			assertThat(this.directory.leftWithoutOwner()).contains(Role.UX_DESIGNER).doesNotContain(Role.ETHICS);

			// a new owner takes it off the list
			this.directory.assign(Role.UX_DESIGNER, List.of(newUser()), false, ADMIN);
			assertThat(this.directory.leftWithoutOwner()).doesNotContain(Role.UX_DESIGNER);
		}
		finally {
			restoreUx.run();
			restoreEthics.run();
			restoreSme.run();
		}
	}

	@Test
	void aDmSlackRefusesAsDisabledIsCheckedWithSlackBeforeTheRolesEnd() {
		String gone = newUser();
		Runnable restore = emptied(Role.PROCUREMENT);
		try {
			this.directory.assign(Role.PROCUREMENT, List.of(gone), false, ADMIN);
			this.slack.stub("users.info", "{\"ok\":true,\"user\":{\"id\":\"" + gone
					+ "\",\"name\":\"someone\",\"deleted\":true,\"is_bot\":false}}");
			this.reachability.unreachable(gone, "user_disabled");
			assertThat(this.directory.rolesOf(gone)).isEmpty();
			assertThat(this.slack.calls("users.info", "user", gone)).isNotEmpty();
			assertThat(this.reachability.isReachable(gone)).isFalse();
		}
		finally {
			restore.run();
		}
	}

	@Test
	void aDeadBotTokenIsNotTakenForAPersonWhoLeft() {
		String owner = newUser();
		userChange(owner, false, 1700000000);
		assertThat(this.facts.cached(owner)).isPresent();
		// were Violet to ask, Slack would say so; account_inactive is about Violet's
		// token
		// (a deleted bot user or workspace), not about the person
		this.slack.stub("users.info", "{\"ok\":true,\"user\":{\"id\":\"" + owner
				+ "\",\"name\":\"someone\",\"deleted\":true,\"is_bot\":false}}");
		this.reachability.unreachable(owner, "account_inactive");
		assertThat(this.slack.calls("users.info", "user", owner)).isEmpty();
		assertThat(this.reachability.isReachable(owner)).isTrue();
	}

}
