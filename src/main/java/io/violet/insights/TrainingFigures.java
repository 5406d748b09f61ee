package io.violet.insights;

import java.util.List;

import io.violet.directory.Role;

/**
 * Training completion now. People are counted, never named.
 *
 * @param byRole per role: the topics its holders must take for it
 * @param byTopic per topic: everyone who must take it
 * @param people people with at least one required topic
 * @param overduePeople of those, people overdue for at least one
 */
public record TrainingFigures(List<RoleCompletion> byRole, List<TopicCompletion> byTopic, int people,
		int overduePeople) {

	/**
	 * Completion of one role's holders.
	 *
	 * @param role the role
	 * @param holders people holding it (owners and backups)
	 * @param required (person, topic) pairs its holders must have done
	 * @param done of those, done and not due again
	 * @param overduePeople holders overdue for at least one of them
	 */
	public record RoleCompletion(Role role, int holders, int required, int done, int overduePeople) {

		/**
		 * The share done.
		 * @return from 0 to 1; 1 when nothing is required
		 */
		public double ratio() {
			return (this.required == 0) ? 1.0 : (double) this.done / this.required;
		}

	}

	/**
	 * Completion of one topic.
	 *
	 * @param topicKey the topic's key
	 * @param title the topic's title
	 * @param required people who must have done it
	 * @param done of those, done and not due again
	 */
	public record TopicCompletion(String topicKey, String title, int required, int done) {

		public double ratio() {
			return (this.required == 0) ? 1.0 : (double) this.done / this.required;
		}

		public int overdue() {
			return this.required - this.done;
		}

	}

}
