package io.violet.directory.slack;

import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.Executor;

import com.slack.api.bolt.App;
import com.slack.api.model.event.SubteamMembersChangedEvent;
import io.violet.VioletSettings;
import io.violet.directory.Role;
import io.violet.directory.RoleSyncs;
import io.violet.directory.UserFactsSource;
import io.violet.slack.InteractionRegistrar;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.springframework.stereotype.Component;

/**
 * Keeps synced roles equal to their user groups: Slack's {@code subteam_members_changed}
 * (acknowledged at once, the members read after the ack) and a daily reconcile on one
 * node of the cluster (Quartz), which catches changes made while Violet was down or an
 * event was lost. Both read the group's whole member list rather than applying the
 * event's additions and removals, so the order and repetition of events do not matter.
 */
@Component
class RoleSyncFollower implements InteractionRegistrar {

	private static final Logger log = LoggerFactory.getLogger(RoleSyncFollower.class);

	/** Every day at 04:30 in {@code VIOLET_TIMEZONE}. */
	static final String RECONCILE_CRON = "0 30 4 * * ?";

	private final RoleSyncs syncs;

	private final UserFactsSource slackUsers;

	private final Executor executor;

	RoleSyncFollower(RoleSyncs syncs, UserFactsSource slackUsers, @Qualifier("slackWorkExecutor") Executor executor) {
		this.syncs = syncs;
		this.slackUsers = slackUsers;
		this.executor = executor;
	}

	@Override
	public void register(App app) {
		app.event(SubteamMembersChangedEvent.class, (payload, context) -> {
			String group = payload.getEvent().getSubteamId();
			if (group != null) {
				this.executor.execute(() -> {
					try {
						follow(group);
					}
					catch (RuntimeException ex) {
						log.warn("Could not follow user group {}: {}", group, ex.getMessage());
					}
				});
			}
			return context.ack();
		});
	}

	/**
	 * Brings every role that follows a group up to its members.
	 * @param group the user group
	 * @return how many roles changed
	 */
	int follow(String group) {
		List<Role> roles = this.syncs.following(group);
		if (roles.isEmpty()) {
			return 0;
		}
		Optional<List<String>> members = this.slackUsers.groupMembers(group);
		if (members.isEmpty()) {
			log.warn("User group {} could not be read; its synced roles stay as they are", group);
			return 0;
		}
		int changed = 0;
		for (Role role : roles) {
			if (this.syncs.follow(role, group, members.get()).isPresent()) {
				changed++;
			}
		}
		return changed;
	}

	/**
	 * Follows every synced group once.
	 * @return how many roles changed
	 */
	int reconcile() {
		int changed = 0;
		for (String group : this.syncs.groups()) {
			try {
				changed += follow(group);
			}
			catch (RuntimeException ex) {
				log.warn("Could not reconcile user group {}: {}", group, ex.getMessage());
			}
		}
		return changed;
	}

	/**
	 * The daily reconcile; the class name is stored by Quartz, so it stays.
	 */
	static class RoleSyncReconcileJob extends QuartzJobBean {

		private final RoleSyncFollower follower;

		RoleSyncReconcileJob(RoleSyncFollower follower) {
			this.follower = follower;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			int changed = this.follower.reconcile();
			if (changed > 0) {
				log.info("Role sync reconcile changed {} roles", changed);
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Reconcile {

		@Bean
		JobDetail roleSyncReconcileJob() {
			return JobBuilder.newJob(RoleSyncReconcileJob.class)
				.withIdentity("role-sync-reconcile", "violet-directory")
				.withDescription("Daily: synced roles equal their user groups")
				.storeDurably()
				.build();
		}

		@Bean
		Trigger roleSyncReconcileTrigger(JobDetail roleSyncReconcileJob, VioletSettings violet) {
			return TriggerBuilder.newTrigger()
				.forJob(roleSyncReconcileJob)
				.withIdentity("role-sync-reconcile", "violet-directory")
				.withSchedule(CronScheduleBuilder.cronSchedule(RECONCILE_CRON)
					.inTimeZone(TimeZone.getTimeZone(violet.timezone()))
					.withMisfireHandlingInstructionFireAndProceed())
				.build();
		}

	}

}
