package io.violet.slack;

import com.slack.api.bolt.App;

/**
 * Lets a module register its interactive handlers (block actions, view submissions,
 * shortcuts, events) on the one Bolt app. Each action id or callback id has exactly one
 * owner: prefix them with the module's name.
 */
public interface InteractionRegistrar {

	void register(App app);

}
