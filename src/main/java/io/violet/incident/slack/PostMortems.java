package io.violet.incident.slack;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.internal.WarRoomProgress;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.slack.Effect;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackMethod;
import io.violet.slack.SlackUpload;
import io.violet.slack.SlackWork;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Publishes the post-mortem, once ({@code incident.postmortem-publish:<incident>}): the
 * draft is posted into the room, the Markdown becomes the room's canvas, and the room's
 * bookmarks link the post-mortem, the initiative's thread and the playbook's pinned
 * checklist. A workspace without canvases (a free team, canvases turned off, the room
 * holding a canvas already) gets the Markdown as a file instead, as before canvases.
 * Resolving again after a reopen keeps the first post-mortem; {@link PostMortemDraft}
 * redraws the draft as its follow-ups change.
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

	private final SlackGateway slack;

	private final ObjectProvider<Initiatives> initiatives;

	PostMortems(IncidentQueries queries, WarRoomProgress progress, PostMortemDraft draft, SlackGateway slack,
			ObjectProvider<Initiatives> initiatives) {
		this.queries = queries;
		this.progress = progress;
		this.draft = draft;
		this.slack = slack;
		this.initiatives = initiatives;
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
				SlackMessage.of("Post-mortem draft for " + incident.label(), PostMortemDraftView
					.blocks(PostMortemFacts.of(incident, this.queries), this.draft.counts(incident.id()))));
		if (draft.isDone() && incident.postmortemTs().isEmpty()) {
			this.progress.postmortemPosted(incident.id(), String.valueOf(draft.ts()));
		}
		String title = "Post-mortem " + incident.label();
		String markdown = PostMortemDocument
			.markdown(PostMortemFacts.of(this.queries.byId(incident.id()).orElseThrow(), this.queries));
		Effect canvas = job.canvas(job.key() + ":canvas", channel, title, markdown);
		@Nullable String postmortem;
		if (canvas.isDone()) {
			postmortem = canvas.values().get("canvas");
		}
		else {
			// any refusal (not_allowed, free_team_not_allowed, canvas_disabled_user_team,
			// team_tier_cannot_create_channel_canvases, channel_canvas_already_exists,
			// a missing scope) leaves the room the file it had before canvases
			Effect uploaded = job.upload(job.key() + ":file",
					new SlackUpload(channel, null, "postmortem-incident-" + incident.id() + ".md", title,
							markdown.getBytes(StandardCharsets.UTF_8), null, null));
			if (!uploaded.isDone() && CANNOT_UPLOAD.contains(String.valueOf(uploaded.error()))) {
				job.post(job.key() + ":no-file", channel,
						SlackMessage
							.of(":warning: Violet could not attach the post-mortem as a file (" + uploaded.error()
									+ "); an admin can grant `files:write`. The draft above holds the essentials."));
			}
			postmortem = uploaded.isDone() ? uploaded.values().get("file") : null;
		}
		this.progress.postmortemUploaded(incident.id());
		bookmarks(job, incident, channel, postmortem, canvas.isDone());
	}

	/**
	 * The room's bookmarks, each added once: the post-mortem, the initiative's thread and
	 * the playbook (the pinned checklist the room worked through). A link Slack does not
	 * give (no thread yet, no file) is left out.
	 */
	private void bookmarks(SlackJob job, Incident incident, String channel, @Nullable String postmortem,
			boolean canvas) {
		String key = job.key() + ":bookmark:";
		fileLink(postmortem).ifPresent((link) -> job.bookmark(key + "postmortem", channel,
				canvas ? "Post-mortem (canvas)" : "Post-mortem (Markdown)", link));
		incident.initiativeKey()
			.flatMap((initiative) -> Optional.ofNullable(this.initiatives.getIfAvailable())
				.flatMap((found) -> found.details(initiative)))
			.ifPresent((initiative) -> threadLink(initiative).ifPresent((link) -> job.bookmark(key + "initiative",
					channel, "Initiative " + initiative.key() + " thread", link)));
		incident.summaryTs()
			.flatMap((ts) -> messageLink(channel, ts))
			.ifPresent((link) -> job.bookmark(key + "playbook", channel,
					"Playbook: " + incident.type().key() + " checklist", link));
	}

	private Optional<String> fileLink(@Nullable String file) {
		if (file == null || file.isBlank()) {
			return Optional.empty();
		}
		var info = this.slack.call(SlackMethod.FILES_INFO, (c) -> c.filesInfo((r) -> r.file(file)));
		return (info.isOk() && info.getFile() != null) ? Optional.ofNullable(info.getFile().getPermalink())
				: Optional.empty();
	}

	private Optional<String> threadLink(InitiativeDetails initiative) {
		String channel = initiative.channelId();
		String ts = initiative.threadTs();
		return (channel != null && ts != null) ? messageLink(channel, ts) : Optional.empty();
	}

	private Optional<String> messageLink(String channel, String ts) {
		var answer = this.slack.call(SlackMethod.CHAT_GET_PERMALINK,
				(c) -> c.chatGetPermalink((r) -> r.channel(channel).messageTs(ts)));
		return answer.isOk() ? Optional.ofNullable(answer.getPermalink()) : Optional.empty();
	}

}
