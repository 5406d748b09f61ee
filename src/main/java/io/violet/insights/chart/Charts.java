package io.violet.insights.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import javax.imageio.ImageIO;

import io.violet.incident.Severity;
import io.violet.insights.DrillFigures;
import io.violet.insights.Headline;
import io.violet.insights.IncidentFigures;
import io.violet.insights.ReviewFigures;
import io.violet.insights.Spread;
import io.violet.insights.TeamHealth;
import io.violet.insights.TrainingFigures;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

import org.springframework.stereotype.Component;

/**
 * Draws each family of figures as a PNG: bars for comparisons between roles, kinds or
 * severities, lines for trends over quarters. Fixed sizes, a white background, large
 * labels and the Okabe–Ito palette, whose colours stay distinct for colour-blind readers.
 * Rendering is pure Java2D and needs no display ({@code java.awt.headless=true}, which
 * Spring Boot sets by default and this class sets when nothing did).
 */
@Component
public class Charts {

	/** Width of a full chart. */
	public static final int WIDTH = 900;

	/** Height of a full chart. */
	public static final int HEIGHT = 500;

	/** Width of the App Home chart. */
	public static final int HOME_WIDTH = 480;

	/** Height of the App Home chart. */
	public static final int HOME_HEIGHT = 240;

	/** Okabe–Ito: blue, orange, bluish green, vermillion, reddish purple, sky blue. */
	static final Color[] PALETTE = { new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
			new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442) };

	private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);

	private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

	private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

	static {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	/**
	 * Review turnaround per role: median and 90th percentile in working days.
	 * @param figures the figures
	 * @return the chart
	 */
	public Chart reviewTurnaround(ReviewFigures figures) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		StringJoiner alt = new StringJoiner("; ");
		for (ReviewFigures.RoleTurnaround role : figures.byRole()) {
			if (role.workingDays().isEmpty()) {
				continue;
			}
			data.addValue(role.workingDays().median(), "median", role.role().key());
			data.addValue(role.workingDays().p90(), "90th percentile", role.role().key());
			alt.add(role.role().key() + " median " + days(role.workingDays().median()) + ", p90 "
					+ days(role.workingDays().p90()) + " (" + role.workingDays().count() + " decisions)");
		}
		String title = "Review turnaround by role since " + figures.since();
		return bars("review-turnaround.png", title, "working days from request to decision", data, WIDTH, HEIGHT,
				title + ". " + (alt.length() == 0 ? "No decisions in the period." : alt + ".") + " Open reviews: "
						+ figures.openNow() + ", overdue: " + figures.overdueNow() + ".");
	}

	/**
	 * Training completion per role, in percent.
	 * @param figures the figures
	 * @return the chart
	 */
	public Chart trainingCompletion(TrainingFigures figures) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		StringJoiner alt = new StringJoiner("; ");
		for (TrainingFigures.RoleCompletion role : figures.byRole()) {
			if (role.required() == 0) {
				continue;
			}
			data.addValue(100 * role.ratio(), "done", role.role().key());
			alt.add(role.role().key() + " " + percent(role.ratio()) + " (" + role.overduePeople() + " of "
					+ role.holders() + " people overdue)");
		}
		String title = "Training completion by role";
		Chart chart = bars("training-completion.png", title, "% of required trainings done", data, WIDTH, HEIGHT,
				title + ". " + (alt.length() == 0 ? "No required trainings." : alt + ".") + " People overdue: "
						+ figures.overduePeople() + " of " + figures.people() + ".");
		return chart;
	}

	/**
	 * Incident response per severity: median hours to first response, containment and
	 * resolution.
	 * @param figures the figures
	 * @return the chart
	 */
	public Chart incidentResponse(IncidentFigures figures) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		StringJoiner alt = new StringJoiner("; ");
		for (IncidentFigures.ResponseTimes times : figures.bySeverity()) {
			String severity = (times.severity() != null) ? times.severity().key() : "all";
			addHours(data, "first response", severity, times.firstResponseMinutes(), 1.0 / 60);
			addHours(data, "contained", severity, times.containHours(), 1);
			addHours(data, "resolved", severity, times.resolveHours(), 1);
			alt.add(severity + ": " + times.count() + " incidents, median first response "
					+ minutes(times.firstResponseMinutes().median()) + ", contained "
					+ hours(times.containHours().median()) + ", resolved " + hours(times.resolveHours().median()));
		}
		String title = "Incident response by severity since " + figures.since();
		return bars("incident-response.png", title, "median hours from declaration", data, WIDTH, HEIGHT,
				title + ". " + figures.declared() + " incidents declared (" + figures.privateDeclared() + " private). "
						+ (alt.length() == 0 ? "" : alt + "."));
	}

	/**
	 * Drill speed: median minutes from start to each phase's completion, one line per
	 * drill type and phase, over quarters.
	 * @param figures the figures
	 * @return the chart
	 */
	public Chart drillTrend(DrillFigures figures) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		StringJoiner alt = new StringJoiner("; ");
		int series = 0;
		for (DrillFigures.PhaseTrend trend : figures.trends()) {
			if (trend.byQuarter().stream().allMatch(Spread::isEmpty) || series == PALETTE.length) {
				continue;
			}
			series++;
			String name = trend.type().key() + ": " + trend.phase();
			StringJoiner points = new StringJoiner(", ");
			for (int i = 0; i < figures.quarters().size(); i++) {
				Spread spread = trend.byQuarter().get(i);
				data.addValue(spread.median(), name, figures.quarters().get(i));
				if (!spread.isEmpty()) {
					points.add(figures.quarters().get(i) + " " + minutes(spread.median()));
				}
			}
			alt.add(name + " " + points);
		}
		for (String quarter : figures.quarters()) {
			if (data.getColumnIndex(quarter) < 0) {
				data.addValue(null, "-", quarter);
			}
		}
		String title = "Drills: minutes from start to each phase, by quarter";
		JFreeChart chart = ChartFactory.createLineChart(title, null, "median minutes", data, PlotOrientation.VERTICAL,
				true, false, false);
		CategoryPlot plot = style(chart);
		LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
		for (int i = 0; i < data.getRowCount(); i++) {
			renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
			renderer.setSeriesStroke(i, new BasicStroke(3f));
		}
		plot.setRenderer(renderer);
		return new Chart("drill-phases.png", title, png(chart, WIDTH, HEIGHT), WIDTH, HEIGHT, title + ". "
				+ figures.drills() + " drills. " + (alt.length() == 0 ? "No phase completed." : alt + "."));
	}

	/**
	 * Team health: reminders to owners against escalations to backups, per role.
	 * @param figures the figures
	 * @return the chart
	 */
	public Chart teamAsks(TeamHealth figures) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		StringJoiner alt = new StringJoiner("; ");
		for (TeamHealth.RoleAsks asks : figures.asks()) {
			data.addValue(asks.ownerAsks(), "owners nudged", asks.role().key());
			data.addValue(asks.backupAsks(), "backups asked", asks.role().key());
			alt.add(asks.role().key() + " owners " + asks.ownerAsks() + ", backups " + asks.backupAsks());
		}
		String title = "Who gets asked: owners against backups";
		return bars("team-asks.png", title, "reminders", data, WIDTH, HEIGHT,
				title + ". " + (alt.length() == 0 ? "No reminders in the period." : alt + ".")
						+ " Roles without owner: " + figures.unowned().size() + "; with one owner: "
						+ figures.singleOwner().size() + ".");
	}

	/**
	 * The small App Home chart: open incidents per severity and overdue reviews.
	 * @param headline the figures
	 * @return the chart
	 */
	public Chart home(Headline headline) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Map.Entry<Severity, Integer> open : headline.incidentsOpen().entrySet()) {
			data.addValue(open.getValue(), "open incidents", open.getKey().key());
		}
		JFreeChart chart = ChartFactory.createBarChart("Open incidents by severity", null, null, data,
				PlotOrientation.VERTICAL, false, false, false);
		CategoryPlot plot = style(chart);
		chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
		((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		barRenderer(plot, List.of(PALETTE[3]));
		StringJoiner alt = new StringJoiner(", ");
		headline.incidentsOpen().forEach((s, n) -> alt.add(s.key() + " " + n));
		return new Chart("violet-home.png", "Open incidents by severity", png(chart, HOME_WIDTH, HOME_HEIGHT),
				HOME_WIDTH, HOME_HEIGHT, "Open incidents by severity: " + alt + ".");
	}

	private Chart bars(String filename, String title, String axis, DefaultCategoryDataset data, int width, int height,
			String altText) {
		JFreeChart chart = ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.VERTICAL, true, false,
				false);
		CategoryPlot plot = style(chart);
		barRenderer(plot, List.of(PALETTE));
		if (data.getColumnCount() > 6) {
			plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		return new Chart(filename, title, png(chart, width, height), width, height, altText);
	}

	private static CategoryPlot style(JFreeChart chart) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		TextTitle title = chart.getTitle();
		title.setFont(TITLE);
		title.setPaint(new Color(0x222222));
		if (chart.getLegend() != null) {
			chart.getLegend().setItemFont(LABEL);
			chart.getLegend().setBackgroundPaint(Color.WHITE);
		}
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(new Color(0xBBBBBB));
		plot.setRangeGridlineStroke(new BasicStroke(1f));
		plot.setNoDataMessage("No data in this period");
		plot.setNoDataMessageFont(LABEL);
		CategoryAxis domain = plot.getDomainAxis();
		domain.setTickLabelFont(TICK);
		domain.setLabelFont(LABEL);
		domain.setTickLabelPaint(new Color(0x222222));
		// role keys such as security-architect stay whole: two lines, wide enough
		domain.setMaximumCategoryLabelLines(2);
		domain.setMaximumCategoryLabelWidthRatio(1.2f);
		NumberAxis range = (NumberAxis) plot.getRangeAxis();
		range.setTickLabelFont(TICK);
		range.setLabelFont(LABEL);
		range.setTickLabelPaint(new Color(0x222222));
		return plot;
	}

	private static void barRenderer(CategoryPlot plot, List<Color> colours) {
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		renderer.setItemMargin(0.05);
		for (int i = 0; i < colours.size(); i++) {
			renderer.setSeriesPaint(i, colours.get(i));
		}
	}

	private static byte[] png(JFreeChart chart, int width, int height) {
		BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void addHours(DefaultCategoryDataset data, String series, String column, Spread spread,
			double factor) {
		data.addValue((spread.median() != null) ? spread.median() * factor : null, series, column);
	}

	static String days(Double value) {
		return (value == null) ? "–" : String.format(Locale.ROOT, "%.1f d", value);
	}

	static String hours(Double value) {
		return (value == null) ? "–" : String.format(Locale.ROOT, "%.1f h", value);
	}

	static String minutes(Double value) {
		return (value == null) ? "–" : String.format(Locale.ROOT, "%.0f min", value);
	}

	static String percent(double ratio) {
		return String.format(Locale.ROOT, "%.0f%%", 100 * ratio);
	}

}
