package io.violet.slack.jobs;

import java.time.Instant;

import io.violet.slack.SlackGateway;
import io.violet.slack.SlackMethod;
import org.jspecify.annotations.Nullable;

/**
 * What a run needs around it.
 */
interface JobContext {

	SlackGateway gateway();

	EffectStore effects();

	Instant now();

	boolean reachable(String userId);

	void unreachable(String userId, String error);

	/** Whether work of a type tells admins (the admins' own notices do not). */
	boolean tellsAdmins(String type);

	void tellAdmins(String error, SlackMethod method, @Nullable String channel);

}
