package io.violet.incident.internal;

import java.util.List;

import io.violet.incident.Drills;
import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.IncidentType;
import io.violet.incident.Report;
import io.violet.incident.Severity;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Opens drill rooms for the training module: one room per session, marked DRILL.
 */
@Service
class DrillService implements Drills {

	private final IncidentDeclarations declarations;

	private final IncidentQueries queries;

	DrillService(IncidentDeclarations declarations, IncidentQueries queries) {
		this.declarations = declarations;
		this.queries = queries;
	}

	@Override
	public DrillRoom open(DrillRequest request) {
		IncidentType type = IncidentType.fromKey(request.incidentType())
			.orElseThrow(() -> new IllegalArgumentException("Unknown incident type " + request.incidentType()));
		var existing = this.queries.bySession(request.sessionKey());
		if (existing.isPresent()) {
			return room(existing.get());
		}
		Report report = new Report(type, Severity.SEV3, "Drill " + request.sessionKey() + ": " + type.title(),
				"Tabletop drill; nothing here is real.", false, false, null, null, null, null, request.organiser(),
				null);
		try {
			return room(
					this.declarations.open(report, true, request.sessionKey(), List.copyOf(request.participants())));
		}
		catch (DataIntegrityViolationException ex) {
			// another node opened the same session's drill a moment ago
			return room(this.queries.bySession(request.sessionKey()).orElseThrow(() -> ex));
		}
	}

	private static DrillRoom room(Incident incident) {
		return new DrillRoom(incident.id(), incident.channelId().orElse(""));
	}

}
