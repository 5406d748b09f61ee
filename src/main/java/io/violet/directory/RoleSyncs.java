package io.violet.directory;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles whose owners follow a Slack user group: {@code role sync} remembers the group,
 * every later change of the group's members (Slack's {@code subteam_members_changed}, or
 * the daily reconcile) makes the owners equal to the members again, each added and
 * removed owner audited as any directory change; {@code role unsync} stops it. Reading
 * the members from Slack is the caller's business (outside any transaction).
 */
@Service
public class RoleSyncs {

	private final RoleSyncRepository syncs;

	private final Directory directory;

	private final AuditTrail audit;

	private final Clock clock;

	RoleSyncs(RoleSyncRepository syncs, Directory directory, AuditTrail audit, Clock clock) {
		this.syncs = syncs;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Makes a role's owners the group's members and keeps them so from now on.
	 * @param role the role
	 * @param userGroupId the group
	 * @param memberIds its members
	 * @param by the admin
	 * @return what changed now
	 */
	@Transactional
	public Directory.SyncResult sync(Role role, String userGroupId, List<String> memberIds, String by) {
		Optional<RoleSyncEntity> existing = this.syncs.findById(role.key());
		if (existing.isPresent()) {
			existing.get().follow(userGroupId, by, this.clock.instant());
		}
		else {
			this.syncs.save(new RoleSyncEntity(role.key(), userGroupId, by, this.clock.instant()));
		}
		return this.directory.replaceOwners(role, userGroupId, memberIds, by);
	}

	/**
	 * Stops following the group; the owners stay as they are.
	 * @param role the role
	 * @param by the admin
	 * @return the group it followed, empty when it followed none
	 */
	@Transactional
	public Optional<String> unsync(Role role, String by) {
		Optional<RoleSyncEntity> existing = this.syncs.findById(role.key());
		existing.ifPresent((sync) -> {
			this.syncs.delete(sync);
			this.audit.record(by, "role.unsynced", "role:" + role.key(),
					"no longer follows user group " + sync.userGroup());
		});
		return existing.map(RoleSyncEntity::userGroup);
	}

	/**
	 * The group a role follows.
	 * @param role the role
	 * @return the group, empty when none
	 */
	@Transactional(readOnly = true)
	public Optional<String> groupOf(Role role) {
		return this.syncs.findById(role.key()).map(RoleSyncEntity::userGroup);
	}

	/**
	 * The roles that follow a group.
	 * @param userGroupId the group
	 * @return the roles
	 */
	@Transactional(readOnly = true)
	public List<Role> following(String userGroupId) {
		return this.syncs.findByUserGroup(userGroupId)
			.stream()
			.map((s) -> Role.fromKey(s.roleKey()))
			.flatMap(Optional::stream)
			.toList();
	}

	/**
	 * Every group some role follows.
	 * @return the groups
	 */
	@Transactional(readOnly = true)
	public Set<String> groups() {
		Set<String> groups = new LinkedHashSet<>();
		this.syncs.findAll().forEach((s) -> groups.add(s.userGroup()));
		return groups;
	}

	/**
	 * Brings a role that still follows the group up to the group's members, when they
	 * differ; an empty member list changes nothing (a role without owners routes no
	 * work).
	 * @param role the role
	 * @param userGroupId the group its sync was read for
	 * @param memberIds the group's members now
	 * @return what changed, empty when nothing did
	 */
	@Transactional
	public Optional<Directory.SyncResult> follow(Role role, String userGroupId, List<String> memberIds) {
		Optional<RoleSyncEntity> sync = this.syncs.findById(role.key());
		if (sync.isEmpty() || !sync.get().userGroup().equals(userGroupId) || memberIds.isEmpty()) {
			return Optional.empty();
		}
		Set<String> now = new LinkedHashSet<>(this.directory.holders(role).owners());
		if (now.equals(new LinkedHashSet<>(memberIds)) || Set.copyOf(now).equals(Set.copyOf(memberIds))) {
			return Optional.empty();
		}
		return Optional.of(this.directory.replaceOwners(role, userGroupId, memberIds, Actor.VIOLET.id()));
	}

}
