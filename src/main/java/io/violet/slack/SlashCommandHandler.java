package io.violet.slack;

import java.util.List;

/**
 * A {@code /violet} subcommand, contributed by a module as a Spring bean. The router
 * picks it by its first word; {@code /violet help} lists every handler's forms.
 */
public interface SlashCommandHandler {

	/**
	 * The first word, e.g. {@code role}.
	 * @return the subcommand word
	 */
	String subcommand();

	/**
	 * Every form of the subcommand, as shown by help, e.g.
	 * {@code /violet role who <role>}.
	 * @return the forms
	 */
	List<String> usage();

	/**
	 * Handles the command. Must return within Slack's three seconds: slow work goes to an
	 * event listener or to {@link CommandResponder}.
	 * @param invocation the command
	 * @return what to answer right away
	 */
	Reply handle(CommandInvocation invocation);

	/**
	 * Whether this invocation only reads. A repeated delivery of a command that changes
	 * something is recognised in the database and dropped; one that only reads is simply
	 * answered again, which spares every read a database write.
	 * @param invocation the command
	 * @return true when handling it changes nothing
	 */
	default boolean readsOnly(CommandInvocation invocation) {
		return false;
	}

	/**
	 * Whether this invocation lists the organisation's work (the directory, initiatives,
	 * incidents, components, reviews, sessions, figures): guests are answered
	 * {@link Guests#FULL_MEMBERS_ONLY} instead, before the handler runs.
	 * @param invocation the command
	 * @return true for reads meant for full members only
	 */
	default boolean forFullMembersOnly(CommandInvocation invocation) {
		return false;
	}

}
