package io.violet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The business calendar from its settings; a wrong entry or an unreadable file stops
 * start-up with a message naming it, rather than nudging people on their holiday.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	BusinessCalendar businessCalendar(VioletSettings settings) {
		List<String> holidays = new ArrayList<>(settings.holidays());
		String file = settings.holidaysFile().strip();
		if (!file.isEmpty()) {
			try {
				holidays.addAll(
						BusinessCalendar.fileEntries(Files.readAllLines(Path.of(file), StandardCharsets.UTF_8), file));
			}
			catch (IOException ex) {
				throw new IllegalStateException("VIOLET_HOLIDAYS_FILE " + file + " cannot be read: " + ex.getMessage(),
						ex);
			}
		}
		return new BusinessCalendar(settings.weekend(), holidays);
	}

}
