package io.violet.training;

import java.util.List;

/**
 * Another module tells a workshop it asked for ({@link WorkshopRequested}) what is now on
 * its agenda, e.g. a violet-team session's open findings after one was raised or closed.
 * The training module keeps the agenda of a workshop still ahead, shows it in the
 * invitations and the calendar file, and ignores a revision older than the one it holds
 * (events may be handled out of order).
 *
 * @param sessionKey the workshop, as {@link WorkshopArranged} named it, e.g. {@code S-12}
 * @param revision grows with every change of the agenda at its source
 * @param agenda the whole agenda, in order (empty when nothing is left to discuss)
 */
public record WorkshopAgendaChanged(String sessionKey, long revision, List<AgendaItem> agenda) {

	public WorkshopAgendaChanged {
		agenda = List.copyOf(agenda);
	}

}
