package io.violet.slack;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Slack work that writes a file and uploads it into one person's direct messages with
 * Violet, once: an export, a pack, a report someone asked for.
 * <p>
 * A module extends it with how to write the file from the job's subject; everything else
 * is the same for every such upload. The file is written into a temporary file (large
 * ones stream instead of being held as text) and read back only for the upload. The
 * upload is a keyed effect ({@code <type>:<subject>}): recorded as soon as Slack
 * answered, and a run after one whose answer was lost finds the file in the DM by its
 * name and title instead of uploading it twice. A transient failure gives the job back
 * with a backoff up to the cap; a person who cannot receive direct messages, or an upload
 * Slack refuses for good, parks the job for admins ({@code /violet ops failed}), and
 * {@code /violet ops retry} makes it again.
 * <p>
 * The file's name and title must follow from the subject alone (a time in the subject,
 * not the clock at the run), since they are what a later run looks for.
 */
public abstract class DirectMessageUpload implements SlackWork {

	private final String type;

	private final String suffix;

	/**
	 * @param type the work's {@link #type()}
	 * @param suffix the temporary file's suffix, e.g. {@code .csv}
	 */
	protected DirectMessageUpload(String type, String suffix) {
		this.type = type;
		this.suffix = suffix;
	}

	@Override
	public final String type() {
		return this.type;
	}

	/**
	 * Writes the file of a job.
	 * @param job the job, e.g. to tell the person by {@link SlackJob#dm} that there is
	 * nothing to upload
	 * @param out where the file goes (may be closed)
	 * @return what to upload, or empty when there is nothing to upload
	 * @throws IOException when the file cannot be written
	 */
	protected abstract Optional<File> write(SlackJob job, OutputStream out) throws IOException;

	@Override
	public final void run(SlackJob job) {
		Path path = null;
		try {
			path = Files.createTempFile("violet-" + this.type.replace('.', '-') + "-", this.suffix);
			Optional<File> written;
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
				written = write(job, out);
			}
			if (written.isEmpty()) {
				return;
			}
			File file = written.get();
			Effect dm = job.openDm(file.userId());
			if (!dm.isDone() || dm.channel() == null) {
				throw job.park(String.valueOf(dm.error()), "Check that " + file.who() + " can receive direct messages");
			}
			Effect uploaded = job.upload(this.type + ":" + job.subject(), new SlackUpload(dm.channel(), null,
					file.filename(), file.title(), Files.readAllBytes(path), file.comment(), null));
			if (!uploaded.isDone()) {
				String error = String.valueOf(uploaded.error());
				throw job.park(error + " (" + SlackMethod.FILES_UPLOAD_V2.method() + ")",
						SlackErrors.whatToDo(error, SlackMethod.FILES_UPLOAD_V2));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (path != null) {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					// the temporary directory is cleaned anyway
				}
			}
		}
	}

	/**
	 * What to upload, and to whom.
	 *
	 * @param userId the person whose direct messages it goes into
	 * @param who how admins are told who that is, e.g. "the requester"
	 * @param filename the file's name; with the title, what a later run looks for
	 * @param title the title shown in Slack
	 * @param comment the message shown with the file (mrkdwn), or null
	 */
	public record File(String userId, String who, String filename, String title, @Nullable String comment) {
	}

}
