package io.violet.insights.chart;

/**
 * A rendered chart.
 *
 * @param filename the file name, e.g. {@code review-turnaround.png}
 * @param title the title shown with it
 * @param png the PNG bytes
 * @param width its width in pixels
 * @param height its height in pixels
 * @param altText what it shows, in words, for screen readers and for anyone who cannot
 * load the image
 */
public record Chart(String filename, String title, byte[] png, int width, int height, String altText) {

}
