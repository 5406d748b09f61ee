package io.violet.directory;

import java.util.List;
import java.util.Optional;

/**
 * Where user facts and user-group members come from (Slack); implemented in the module's
 * Slack adapter.
 */
public interface UserFactsSource {

	/**
	 * Asks Slack about one user.
	 * @param userId the user id
	 * @return the facts, empty when Slack does not know the user
	 */
	Optional<UserFact> fetch(String userId);

	/**
	 * Every user of the workspace, page by page.
	 * @return all users' facts
	 */
	List<UserFact> fetchAll();

	/**
	 * The members of a user group.
	 * @param userGroupId the user group id ({@code S…})
	 * @return the member ids, empty when the group is unknown or empty
	 */
	Optional<List<String>> groupMembers(String userGroupId);

}
