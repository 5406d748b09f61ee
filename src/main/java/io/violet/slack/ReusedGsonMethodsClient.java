package io.violet.slack;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.impl.MethodsClientImpl;
import com.slack.api.util.json.GsonFactory;
import okhttp3.FormBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The SDK's Web API client, except that answers are read with one {@link Gson} kept for
 * the client's life.
 * <p>
 * The stock client builds a new {@code Gson} for every answer, and with it, by
 * reflection, the type adapters for the whole response model (a posted message alone
 * reaches dozens of classes). Under a burst that work costs more CPU than everything else
 * Violet does per call. {@code Gson} is thread-safe and caches its adapters, so one
 * instance built from the same configuration reads every answer the same way, once warm
 * without reflection. Everything else (the request, its headers, non-2xx answers
 * surfacing as {@link SlackApiException}, response listeners) is the SDK's own.
 */
class ReusedGsonMethodsClient extends MethodsClientImpl {

	private final Gson gson;

	ReusedGsonMethodsClient(Slack slack, String token) {
		super(slack.getHttpClient(), token);
		setEndpointUrlPrefix(slack.getConfig().getMethodsEndpointUrlPrefix());
		this.gson = GsonFactory.createSnakeCase(slack.getConfig());
	}

	@Override
	protected <T extends SlackApiTextResponse> T postFormWithTokenAndParseResponse(FormBody.Builder form,
			String endpoint, String token, Class<T> type) throws IOException, SlackApiException {
		Response response = postFormWithToken(form, endpoint, token);
		String body;
		try (ResponseBody content = response.body()) {
			body = (content != null) ? content.string() : "";
		}
		if (!response.isSuccessful()) {
			throw new SlackApiException(getSlackHttpClient().getConfig(), response, body);
		}
		T parsed = this.gson.fromJson(body, type);
		if (parsed == null) {
			throw new SlackApiException(getSlackHttpClient().getConfig(), response, body);
		}
		parsed.setHttpResponseHeaders(lowerCasedHeaders(response));
		getSlackHttpClient().runHttpResponseListeners(response, body);
		return parsed;
	}

	private static Map<String, List<String>> lowerCasedHeaders(Response response) {
		Map<String, List<String>> headers = new HashMap<>();
		response.headers().toMultimap().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
		return headers;
	}

}
