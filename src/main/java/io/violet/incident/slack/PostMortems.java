package io.violet.incident.slack;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.WarRoomProgress;
import io.violet.slack.Effect;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackUpload;
import io.violet.slack.SlackWork;

import org.springframework.stereotype.Component;

/**
 * Posts the post-mortem draft into the room and uploads it as Markdown, once
 * ({@code incident.postmortem-publish:<incident>}); resolving again after a reopen keeps
 * the first draft, which {@link PostMortemDraft} redraws as its follow-ups change.
 */
@Component
class PostMortems implements SlackWork {

	static final String TYPE = "incident.postmortem-publish";

	/** Refusals that no retry fixes: said once in the room instead. */
	private static final Set<String> CANNOT_UPLOAD = Set.of("missing_scope", "not_allowed_token_type",
			"restricted_action", "not_in_channel", "channel_not_found");

	private final IncidentQueries queries;

	private final WarRoomProgress progress;

	private final PostMortemDraft draft;

	PostMortems(IncidentQueries queries, WarRoomProgress progress, PostMortemDraft draft) {
		this.queries = queries;
		this.progress = progress;
		this.draft = draft;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String describe(String subject) {
		return "post-mortem of incident #" + subject;
	}

	@Override
	public void run(SlackJob job) {
		Incident incident = this.queries.byId(Long.parseLong(job.subject())).orElseThrow();
		if (incident.channelId().isEmpty()) {
			return;
		}
		String channel = incident.channelId().get();
		Effect draft = job.post(job.key() + ":draft", channel,
				SlackMessage.of("Post-mortem draft for " + incident.label(),
						WarRoomViews.postmortem(incident, this.queries, this.draft.counts(incident.id()))));
		if (draft.isDone() && incident.postmortemTs().isEmpty()) {
			this.progress.postmortemPosted(incident.id(), String.valueOf(draft.ts()));
		}
		byte[] markdown = WarRoomViews.postmortemMarkdown(this.queries.byId(incident.id()).orElseThrow(), this.queries)
			.getBytes(StandardCharsets.UTF_8);
		Effect uploaded = job.upload(job.key() + ":file",
				new SlackUpload(channel, null, "postmortem-incident-" + incident.id() + ".md",
						"Post-mortem " + incident.label(), markdown, null, null));
		if (!uploaded.isDone() && CANNOT_UPLOAD.contains(String.valueOf(uploaded.error()))) {
			job.post(job.key() + ":no-file", channel,
					SlackMessage.of(":warning: Violet could not attach the post-mortem as a file (" + uploaded.error()
							+ "); an admin can grant `files:write`. The draft above holds the essentials."));
		}
		this.progress.postmortemUploaded(incident.id());
	}

}
