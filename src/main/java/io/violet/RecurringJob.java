package io.violet;

import java.time.Duration;

import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * A sweep that Quartz runs every so often on one node of the cluster, written once for
 * every module: the job's stored definition and its repeating trigger, both under the
 * job's name and group. Quartz keeps them in the database by those names and by the job's
 * class name, so none of the three changes once released (rows of a running cluster must
 * still match).
 *
 * @param name the job's name, also its trigger's, e.g. {@code review-reminders}
 * @param group its group, {@code violet-<module>}
 * @param description what it does, as Quartz shows it
 * @param type the job class
 */
public record RecurringJob(String name, String group, String description, Class<? extends Job> type) {

	/**
	 * The job's definition, kept when no trigger points at it.
	 * @return the job detail to declare as a bean
	 */
	public JobDetail detail() {
		return JobBuilder.newJob(this.type)
			.withIdentity(this.name, this.group)
			.withDescription(this.description)
			.storeDurably()
			.build();
	}

	/**
	 * The trigger that runs the job every interval, and never more often than the floor
	 * allows. Runs missed while no node was up are not made up one by one: the next run
	 * does what they would have done.
	 * @param interval how often, as configured
	 * @param floor the shortest interval taken
	 * @return the trigger to declare as a bean
	 */
	public Trigger every(Duration interval, Duration floor) {
		return TriggerBuilder.newTrigger()
			.forJob(this.name, this.group)
			.withIdentity(this.name, this.group)
			.withSchedule(
					SimpleScheduleBuilder.repeatSecondlyForever((int) Math.max(floor.toSeconds(), interval.toSeconds()))
						.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

}
