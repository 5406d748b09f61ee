package io.violet.initiative.slack;

import java.util.Arrays;
import java.util.List;

import io.violet.initiative.internal.InitiativeService;
import io.violet.slack.CommandInvocation;
import io.violet.slack.CommandResponder;
import io.violet.slack.SlackGateway;
import io.violet.slack.Token;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Without an initiatives channel nothing is created: the user is told why and the admins
 * are told to configure it.
 */
class InitiativeChannelMissingTests {

	@Test
	@SuppressWarnings("unchecked")
	void creationIsRefusedAndAdminsAreTold() {
		InitiativeService service = mock(InitiativeService.class);
		when(service.channelConfigured()).thenReturn(false);
		SlackGateway gateway = mock(SlackGateway.class);
		AdminNotice notice = mock(AdminNotice.class);
		InitiativeCommand command = new InitiativeCommand(service, gateway, mock(CommandResponder.class),
				mock(ObjectProvider.class), notice, mock(CardSections.class));

		var typed = command.handle(invocation("new", Token.word("Chatbot")));
		var form = command.handle(invocation("new"));

		assertThat(typed.text()).contains("no initiatives channel").contains("VIOLET_INITIATIVES_CHANNEL");
		assertThat(form.text()).contains("no initiatives channel");
		verify(notice, times(2)).channelNotConfigured("UALICE");
		verify(service, never()).create(any(), any());
		verify(gateway, never()).openView(any(), any());
	}

	private static CommandInvocation invocation(String... words) {
		List<Token> args = Arrays.stream(words).map(Token::word).toList();
		return new CommandInvocation("UALICE", "CGENERAL", "trigger", "", "initiative", args,
				"initiative " + String.join(" ", words));
	}

	private static CommandInvocation invocation(String first, Token second) {
		return new CommandInvocation("UALICE", "CGENERAL", "trigger", "", "initiative",
				List.of(Token.word(first), second), "initiative " + first + " " + second.text());
	}

}
