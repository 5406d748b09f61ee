package io.violet.slack;

import org.jspecify.annotations.Nullable;

/**
 * A file to upload ({@code files.uploadV2}).
 *
 * @param channel the channel or DM channel id; for a user's DM use
 * {@link SlackJob#openDm}
 * @param threadTs a thread to share it in, or null
 * @param filename the file name, e.g. {@code ai-7-bom.json}
 * @param title the title shown in Slack
 * @param content the bytes
 * @param comment a message shown with the file (mrkdwn), or null
 * @param altText alternative text for an image, or null
 */
public record SlackUpload(String channel, @Nullable String threadTs, String filename, String title, byte[] content,
		@Nullable String comment, @Nullable String altText) {

}
