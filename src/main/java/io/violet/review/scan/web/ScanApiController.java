package io.violet.review.scan.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.violet.review.scan.ScanOutcome;
import io.violet.review.scan.ScanReport;
import io.violet.review.scan.ScanSettings;
import io.violet.review.scan.ScanTokens;
import io.violet.review.scan.Scans;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/scans}: pipelines report model scan results with their bearer token.
 * In order: body size (413), token (401), body (400), an initiative the token is not
 * limited to (403), initiative and component (404). Every answer is JSON; nothing a
 * client sends ends in a 500.
 */
@RestController
class ScanApiController {

	private static final Logger log = LoggerFactory.getLogger(ScanApiController.class);

	private static final Set<String> SEVERITIES = Set.of("critical", "high", "medium", "low");

	private static final int FINDINGS_MAX = 1_000_000;

	private final ScanTokens tokens;

	private final Scans scans;

	private final JsonMapper json;

	private final int maxBodyBytes;

	ScanApiController(ScanTokens tokens, Scans scans, JsonMapper json, ScanSettings settings) {
		this.tokens = tokens;
		this.scans = scans;
		this.json = json;
		this.maxBodyBytes = settings.maxBodyBytes();
	}

	@PostMapping(path = "/api/scans")
	ResponseEntity<Map<String, Object>> report(HttpServletRequest request,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey)
			throws IOException {
		if (request.getContentLengthLong() > this.maxBodyBytes) {
			return error(HttpStatus.CONTENT_TOO_LARGE, "The body is larger than " + this.maxBodyBytes + " bytes.");
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(this.maxBodyBytes + 1);
		}
		if (body.length > this.maxBodyBytes) {
			return error(HttpStatus.CONTENT_TOO_LARGE, "The body is larger than " + this.maxBodyBytes + " bytes.");
		}
		ScanTokens.Pipeline pipeline = this.tokens.authenticate(bearer(authorization)).orElse(null);
		if (pipeline == null) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"violet\"")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("message", (authorization == null) ? "Missing Authorization: Bearer <token> header."
						: "The token is unknown or revoked; ask a Violet admin for a pipeline token."));
		}
		Map<?, ?> fields;
		try {
			Object parsed = this.json.readValue(body, Object.class);
			if (!(parsed instanceof Map<?, ?> map)) {
				return error(HttpStatus.BAD_REQUEST, "The body must be a JSON object.");
			}
			fields = map;
		}
		catch (JacksonException ex) {
			return error(HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
		}
		List<String> problems = new ArrayList<>();
		String initiative = string(fields, "initiative", true, problems);
		String component = string(fields, "component", true, problems);
		String tool = string(fields, "tool", true, problems);
		String result = string(fields, "result", true, problems);
		String summary = string(fields, "summary", false, problems);
		String reportUrl = string(fields, "reportUrl", false, problems);
		ScanOutcome outcome = null;
		if (result != null) {
			outcome = ScanOutcome.fromKey(result).orElse(null);
			if (outcome == null) {
				problems.add("result must be \"pass\" or \"fail\"");
			}
		}
		String[] coordinates = null;
		if (component != null) {
			coordinates = ScanReport.split(component);
			if (coordinates == null) {
				problems.add("component must be \"<name>@<version>\", e.g. \"fraud-gbm@2.3.0\"");
			}
		}
		ScanReport.Findings findings = findings(fields.get("findings"), problems);
		if (!problems.isEmpty()) {
			return error(HttpStatus.BAD_REQUEST, "Invalid scan report: " + String.join("; ", problems) + ".");
		}
		ScanReport report = new ScanReport(initiative, coordinates[0], coordinates[1], tool, outcome, summary, findings,
				reportUrl, (idempotencyKey == null || idempotencyKey.isBlank()) ? null : idempotencyKey.strip());
		List<String> invalid = report.problems();
		if (!invalid.isEmpty()) {
			return error(HttpStatus.BAD_REQUEST, "Invalid scan report: " + String.join("; ", invalid) + ".");
		}
		if (!pipeline.mayReportFor(initiative)) {
			return error(HttpStatus.FORBIDDEN,
					"This token may report scans only for " + String.join(", ", pipeline.initiatives())
							+ "; ask a Violet admin for a token of this initiative.");
		}
		Scans.Recorded recorded = this.scans.fromPipeline(report, pipeline.name());
		return switch (recorded.outcome()) {
			case RECORDED -> created(HttpStatus.CREATED, recorded);
			case ALREADY_RECORDED -> created(HttpStatus.OK, recorded);
			case NO_INITIATIVE -> error(HttpStatus.NOT_FOUND, "There is no initiative " + initiative + ".");
			case NO_COMPONENT -> error(HttpStatus.NOT_FOUND, "The ML-BOM of " + recorded.initiative().key()
					+ " does not list " + component + "; add it with /violet bom add first.");
			case NOT_ALLOWED -> error(HttpStatus.FORBIDDEN, "This token may not report scans.");
		};
	}

	private static ResponseEntity<Map<String, Object>> created(HttpStatus status, Scans.Recorded recorded) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", recorded.result().id());
		body.put("initiative", recorded.initiative().key());
		body.put("component", recorded.result().coordinates());
		body.put("result", recorded.result().outcome().key());
		if (status == HttpStatus.OK) {
			body.put("message", "Already recorded under this Idempotency-Key.");
		}
		log.info("Scan {} of {} in {} recorded: {}", recorded.result().id(), recorded.result().coordinates(),
				recorded.initiative().key(), recorded.result().outcome().key());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", message));
	}

	private static @Nullable String bearer(@Nullable String authorization) {
		if (authorization == null) {
			return null;
		}
		String value = authorization.strip();
		return value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7).strip() : null;
	}

	private static @Nullable String string(Map<?, ?> fields, String name, boolean required, List<String> problems) {
		Object value = fields.get(name);
		if (value == null) {
			if (required) {
				problems.add(name + " is missing");
			}
			return null;
		}
		if (!(value instanceof String text)) {
			problems.add(name + " must be a string");
			return null;
		}
		if (text.isBlank()) {
			if (required) {
				problems.add(name + " is empty");
			}
			return null;
		}
		return text.strip();
	}

	private static ScanReport.Findings findings(@Nullable Object value, List<String> problems) {
		if (value == null) {
			return ScanReport.Findings.NONE;
		}
		if (!(value instanceof Map<?, ?> map)) {
			problems.add("findings must be an object such as {\"critical\":0,\"high\":1,\"medium\":0,\"low\":2}");
			return ScanReport.Findings.NONE;
		}
		for (Object key : map.keySet()) {
			if (!SEVERITIES.contains(key)) {
				problems.add("findings has an unknown severity \"" + truncate(String.valueOf(key))
						+ "\" (critical, high, medium, low)");
			}
		}
		return new ScanReport.Findings(count(map, "critical", problems), count(map, "high", problems),
				count(map, "medium", problems), count(map, "low", problems));
	}

	private static int count(Map<?, ?> map, String severity, List<String> problems) {
		Object value = map.get(severity);
		if (value == null) {
			return 0;
		}
		if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() >= 0
				&& ((Number) value).longValue() <= FINDINGS_MAX) {
			return ((Number) value).intValue();
		}
		problems.add("findings." + severity + " must be a whole number from 0 to " + FINDINGS_MAX);
		return 0;
	}

	private static String truncate(String text) {
		return (text.length() > 40) ? text.substring(0, 39) + "…" : text;
	}

}
