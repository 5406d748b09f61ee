package io.violet.insights.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /insights/home/<token>.png}: the App Home chart for Slack to fetch. The
 * token is the only key; a wrong one is a 404, like a missing image.
 */
@RestController
class HomeImageController {

	private final HomeImages images;

	HomeImageController(HomeImages images) {
		this.images = images;
	}

	@GetMapping("/insights/home/{file:.+}")
	ResponseEntity<byte[]> image(@PathVariable("file") String file) {
		if (!file.endsWith(".png")) {
			return notFound();
		}
		String token = file.substring(0, file.length() - 4);
		if (!HomeImages.wellFormed(token)) {
			return notFound();
		}
		return this.images.png(token)
			.map((png) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_PNG)
				// a token names one image for good: caches may keep it
				.header("Cache-Control", "public, max-age=86400, immutable")
				.body(png))
			.orElseGet(HomeImageController::notFound);
	}

	private static ResponseEntity<byte[]> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.TEXT_PLAIN)
			.body("Not found".getBytes());
	}

}
