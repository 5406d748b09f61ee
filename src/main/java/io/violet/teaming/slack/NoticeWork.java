package io.violet.teaming.slack;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.initiative.Attribute;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackWork;
import io.violet.teaming.Finding;
import io.violet.teaming.Lens;
import io.violet.teaming.internal.Participant;
import io.violet.teaming.internal.SessionReader;
import io.violet.teaming.internal.SessionView;
import io.violet.teaming.internal.TeamingReminder;
import io.violet.teaming.internal.TeamingReminders;

import org.springframework.stereotype.Component;

/**
 * One direct message or thread note of a session, named by its subject:
 * {@code raised:<KEY>:<n>}, {@code resolved:<KEY>:<n>}, {@code reassigned:<id>:<owner>},
 * {@code reminder:<id>}, {@code added:<participant>} or
 * {@code questions:<session>:<lens>:<ids>}. Each effect is keyed by the subject, so it
 * happens once.
 */
@Component
class NoticeWork implements SlackWork {

	static final String TYPE = "teaming.notice";

	private final SessionReader reader;

	private final TeamingReminders reminders;

	private final Directory directory;

	NoticeWork(SessionReader reader, TeamingReminders reminders, Directory directory) {
		this.reader = reader;
		this.reminders = reminders;
		this.directory = directory;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String describe(String subject) {
		return "violet-team notice " + subject.substring(0, subject.indexOf(':') + 1)
				+ subject.substring(subject.indexOf(':') + 1).split(":")[0];
	}

	@Override
	public void run(SlackJob job) {
		String subject = job.subject();
		String[] parts = subject.split(":");
		String effect = "teaming.notice:" + subject;
		switch (parts[0]) {
			case "raised" -> this.reader.finding(parts[1], Integer.parseInt(parts[2])).ifPresent((f) -> {
				String name = this.reader.latest(f.initiativeKey()).map((s) -> s.initiative().name()).orElse("");
				job.dm(effect, f.owner(), Notices.findingRaised(f, name));
			});
			case "reassigned" -> this.reader.finding(Long.parseLong(parts[1])).ifPresent((f) -> {
				String name = this.reader.latest(f.initiativeKey()).map((s) -> s.initiative().name()).orElse("");
				job.dm(effect, parts[2], Notices.findingRaised(f, name));
			});
			case "resolved" ->
				this.reader.finding(parts[1], Integer.parseInt(parts[2])).ifPresent((f) -> resolved(job, effect, f));
			case "reminder" -> this.reminders.find(Long.parseLong(parts[1])).ifPresent((r) -> reminder(job, effect, r));
			case "added" -> this.reader.participant(Long.parseLong(parts[1])).ifPresent((p) -> added(job, effect, p));
			case "questions" -> this.reader.session(Long.parseLong(parts[1])).ifPresent((s) -> {
				Lens lens = Lens.fromKey(parts[2]).orElseThrow();
				int count = parts[3].split(",").length;
				s.lenses()
					.stream()
					.filter((l) -> l.lens() == lens)
					.flatMap((l) -> l.participants().stream())
					.forEach((p) -> job.dm(effect + ":" + p.userId(), p.userId(),
							Notices.questionsAdded(s, lens, count)));
			});
			default -> throw job.park("unknown notice " + parts[0], "Nothing to do; this notice kind does not exist.");
		}
	}

	private void resolved(SlackJob job, String effect, Finding finding) {
		if (!finding.raisedBy().equals(finding.resolvedBy())) {
			job.dm(effect, finding.raisedBy(), Notices.findingResolved(finding));
		}
		this.reader.session(finding.sessionId()).ifPresent((s) -> {
			if (s.initiative().channelId() != null && s.initiative().threadTs() != null) {
				job.post(effect + ":thread", s.initiative().channelId(),
						Notices.findingResolved(finding).inThread(s.initiative().threadTs()));
			}
		});
	}

	private void reminder(SlackJob job, String effect, TeamingReminder reminder) {
		SessionView session = this.reader.session(reminder.sessionId()).orElse(null);
		if (session == null) {
			return;
		}
		if (reminder.kind() == TeamingReminder.Kind.OVERDUE) {
			if (session.initiative().channelId() != null && session.initiative().threadTs() != null) {
				job.post(effect, session.initiative().channelId(),
						Notices.reminder(reminder, session, false).inThread(session.initiative().threadTs()));
			}
			return;
		}
		boolean employment = session.initiative().has(Attribute.EMPLOYMENT);
		boolean backup = reminder.lens()
			.roles(employment)
			.stream()
			.map(this.directory::holders)
			.anyMatch((h) -> h.backups().contains(reminder.recipient()));
		job.dm(effect, reminder.recipient(), Notices.reminder(reminder, session, !backup));
	}

	private void added(SlackJob job, String effect, Participant participant) {
		this.reader.session(participant.sessionId())
			.ifPresent((s) -> s.lenses()
				.stream()
				.filter((l) -> l.lens() == participant.lens())
				.findFirst()
				.ifPresent((lens) -> job.dm(effect, participant.userId(),
						Notices.invitation(s, lens, new SessionView.ParticipantView(participant.userId(),
								participant.role(), participant.how())))));
	}

}
