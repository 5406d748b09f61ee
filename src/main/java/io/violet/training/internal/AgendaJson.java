package io.violet.training.internal;

import java.util.List;

import io.violet.training.AgendaItem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A workshop's agenda in one column, as JSON: it is always read and written whole, with
 * its session, so a table of its own would only add a query to every session read.
 */
final class AgendaJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<AgendaItem>> ITEMS = new TypeReference<>() {
	};

	private AgendaJson() {
	}

	static @Nullable String write(List<AgendaItem> agenda) {
		return agenda.isEmpty() ? null : JSON.writeValueAsString(agenda);
	}

	static List<AgendaItem> read(@Nullable String column) {
		return (column == null || column.isEmpty()) ? List.of() : List.copyOf(JSON.readValue(column, ITEMS));
	}

}
