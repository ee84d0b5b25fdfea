package dev.temporalboot.bench.harness;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws results.png: throughput, start-up and memory panels, one bar per variant, and Temporal
 * Boot's throughput with observability off and on.
 */
final class ResultsChart {

  private static final int PANEL_WIDTH = 520;
  private static final int HEIGHT = 460;
  private static final Color[] COLORS = {
    new Color(0x8c8c8c), new Color(0x2e7d32), new Color(0x1565c0)
  };

  private ResultsChart() {}

  static void write(Results results, Path file) throws IOException {
    List<JFreeChart> panels =
        List.of(
            panel(
                "Throughput (higher is better)",
                "workflows/s",
                List.of(results.throughput, results.ioThroughput, results.ioPinnedThroughput),
                List.of("CPU-bound", "I/O-bound", "I/O, 1 core")),
            panel(
                "Start-up to first workflow (lower is better)",
                "ms",
                startupMetrics(results),
                startupLabels(results)),
            panel(
                "Resident memory (lower is better)",
                "MiB",
                List.of(results.rssStartup, results.rssAfter),
                List.of("after start-up", "after throughput run")),
            observability(results));
    BufferedImage image =
        new BufferedImage(PANEL_WIDTH * panels.size(), HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    for (int i = 0; i < panels.size(); i++) {
      panels.get(i).draw(graphics, new Rectangle2D.Double(i * PANEL_WIDTH, 0, PANEL_WIDTH, HEIGHT));
    }
    graphics.dispose();
    ImageIO.write(image, "png", file.toFile());
  }

  private static List<Metric> startupMetrics(Results results) {
    List<Metric> metrics =
        new java.util.ArrayList<>(
            List.of(results.startup.plain, results.startup.best, results.startup.distant));
    metrics.addAll(results.startup.scaling);
    metrics.addAll(results.startup.scalingSpringAot);
    return metrics;
  }

  private static List<String> startupLabels(Results results) {
    List<String> labels =
        new java.util.ArrayList<>(List.of("plain", "best config", "best, server far"));
    for (Metric metric : results.startup.scaling) {
      labels.add(size(metric) + " types");
    }
    for (Metric metric : results.startup.scalingSpringAot) {
      labels.add(size(metric) + ", Spring AOT");
    }
    return labels;
  }

  /** The number of types in a scaling row's key, {@code startup_ms_types_<n>[_spring_aot]}. */
  private static String size(Metric metric) {
    return metric.key().split("_")[3];
  }

  private static JFreeChart observability(Results results) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Variant variant : Variant.OBSERVED) {
      double value = results.throughput.median(variant);
      String category =
          switch (variant) {
            case BOOT_OBSERVED_ON -> "on, sampling 1.0";
            case BOOT_OBSERVED_DEFAULT_SAMPLING -> "on, sampling 0.1";
            default -> "off";
          };
      dataset.addValue(Double.isNaN(value) ? null : value, Variant.BOOT.label(), category);
    }
    return style(
        ChartFactory.createBarChart(
            "Tracing, metrics, MDC (higher is better)", null, "workflows/s", dataset),
        1);
  }

  private static JFreeChart panel(
      String title, String axis, List<Metric> metrics, List<String> categories) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (int i = 0; i < metrics.size(); i++) {
      for (Variant variant : Variant.MAIN) {
        double value = metrics.get(i).median(variant);
        dataset.addValue(Double.isNaN(value) ? null : value, variant.label(), categories.get(i));
      }
    }
    return style(ChartFactory.createBarChart(title, null, axis, dataset), 0);
  }

  /** White background, flat bars, the variants' colours from {@code firstColor} on. */
  private static JFreeChart style(JFreeChart chart, int firstColor) {
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    // Start-up has up to eight categories; wrapping keeps "1000, Spring AOT" readable.
    plot.getDomainAxis().setMaximumCategoryLabelLines(3);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.12);
    for (int i = firstColor; i < COLORS.length; i++) {
      renderer.setSeriesPaint(i - firstColor, COLORS[i]);
    }
    return chart;
  }
}
