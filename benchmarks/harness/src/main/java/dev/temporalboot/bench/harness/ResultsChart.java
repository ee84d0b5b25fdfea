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

/** Draws results.png: throughput, start-up and memory panels, one bar per variant. */
final class ResultsChart {

  private static final int PANEL_WIDTH = 560;
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
                List.of(results.throughput, results.ioThroughput),
                List.of("two short activities", "I/O-bound")),
            panel(
                "Start-up to first workflow (lower is better)",
                "ms",
                startupMetrics(results),
                startupLabels(results)),
            panel(
                "Resident memory (lower is better)",
                "MiB",
                List.of(results.rssStartup, results.rssAfter),
                List.of("after start-up", "after throughput run")));
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
    List<Metric> metrics = new java.util.ArrayList<>(List.of(results.startup));
    metrics.addAll(results.scaling);
    return metrics;
  }

  private static List<String> startupLabels(Results results) {
    List<String> labels = new java.util.ArrayList<>(List.of("app only"));
    for (Metric metric : results.scaling) {
      labels.add(metric.key().substring(metric.key().lastIndexOf('_') + 1) + " types");
    }
    return labels;
  }

  private static JFreeChart panel(
      String title, String axis, List<Metric> metrics, List<String> categories) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (int i = 0; i < metrics.size(); i++) {
      for (Variant variant : Variant.values()) {
        double value = metrics.get(i).median(variant);
        dataset.addValue(Double.isNaN(value) ? null : value, variant.label(), categories.get(i));
      }
    }
    JFreeChart chart = ChartFactory.createBarChart(title, null, axis, dataset);
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    for (int i = 0; i < COLORS.length; i++) {
      renderer.setSeriesPaint(i, COLORS[i]);
    }
    return chart;
  }
}
