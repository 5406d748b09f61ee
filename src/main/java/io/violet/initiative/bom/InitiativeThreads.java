package io.violet.initiative.bom;

import java.util.Optional;

/**
 * Where an initiative's Slack thread is, for uploading files into it.
 */
public interface InitiativeThreads {

	/**
	 * The thread of an initiative.
	 * @param initiativeKey the key
	 * @return the channel and parent ts, or empty while the thread is not posted yet
	 */
	Optional<Thread> threadOf(String initiativeKey);

	/**
	 * A thread.
	 *
	 * @param channelId the channel
	 * @param ts the parent message's ts
	 */
	record Thread(String channelId, String ts) {

	}

}
