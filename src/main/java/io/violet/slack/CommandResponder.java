package io.violet.slack;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.util.json.GsonFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Answers a command after its ack, for work that may take longer than Slack's three
 * seconds: the user sees "working on it" at once and the result replaces it.
 */
@Component
public class CommandResponder {

	private static final Logger log = LoggerFactory.getLogger(CommandResponder.class);

	private final Slack slack;

	private final Executor executor;

	CommandResponder(Slack slack, @Qualifier("slackWorkExecutor") Executor executor) {
		this.slack = slack;
		this.executor = executor;
	}

	/**
	 * Runs the work after the ack and sends its reply to the command's response URL.
	 * @param invocation the command
	 * @param working what the user sees meanwhile
	 * @param work the work; its reply replaces the working message
	 * @return the immediate reply
	 */
	public Reply later(CommandInvocation invocation, String working, Supplier<Reply> work) {
		this.executor.execute(() -> {
			Reply reply;
			try {
				reply = work.get();
			}
			catch (RuntimeException ex) {
				log.error("Command '{}' failed after its ack", invocation.subcommand(), ex);
				reply = Reply
					.ephemeral(":x: Something went wrong on Violet's side; nothing was lost. Try again in a minute.");
			}
			send(invocation.responseUrl(), reply);
		});
		return Reply.ephemeral(working);
	}

	/**
	 * Sends a reply to a response URL.
	 * @param responseUrl the URL from the command or interaction
	 * @param reply the reply
	 */
	public void send(String responseUrl, Reply reply) {
		send(responseUrl, reply, true);
	}

	/**
	 * Sends a reply to a response URL as a new message, leaving the original (e.g. the
	 * message whose button was clicked, with its buttons) as it is.
	 * @param responseUrl the URL from the command or interaction
	 * @param reply the reply
	 */
	public void sendNew(String responseUrl, Reply reply) {
		send(responseUrl, reply, false);
	}

	private void send(String responseUrl, Reply reply, boolean replaceOriginal) {
		if (responseUrl.isBlank()) {
			return;
		}
		JsonObject body = new JsonObject();
		body.addProperty("response_type", reply.visibleToChannel() ? "in_channel" : "ephemeral");
		body.addProperty("replace_original", replaceOriginal);
		body.addProperty("text", reply.text());
		if (!reply.blocks().isEmpty()) {
			body.add("blocks", GsonFactory.createSnakeCase().toJsonTree(reply.blocks()));
		}
		try {
			this.slack.send(responseUrl, body.toString());
		}
		catch (IOException ex) {
			log.warn("Could not answer through the response URL: {}", ex.getClass().getSimpleName());
		}
	}

}
