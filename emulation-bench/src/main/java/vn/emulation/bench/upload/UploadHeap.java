package vn.emulation.bench.upload;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.application.upload.ParsedUpload;
import vn.emulation.jakarta.application.upload.UnitYears;
import vn.emulation.jakarta.format.plan.PlanJsonReader;
import vn.emulation.jakarta.format.upload.MeasurementFile;
import vn.emulation.jakarta.format.upload.UploadContent;
import vn.emulation.jakarta.format.upload.UploadLimits;

/**
 * The heap one upload takes while the server receives it and {@code MeasurementFile} reads it, at
 * the default limits ({@code emulation.upload.max-bytes} 100 MiB, {@code max-rows} 2,000,000): a
 * CSV and an XLSX of two million rows, a zip bomb of 9 MB unpacking about 50-fold, and a CSV header
 * of a million unknown columns. Each case runs in a fresh JVM with a fixed {@code -Xmx}: the idle
 * heap is measured after a full collection before the file is made, then the file is generated and
 * written to disk (the client's copy), collected again, and received as the server receives a body
 * (a stream copied to a temporary file, hashed meanwhile: {@code UploadContent.receive}) and read
 * from that file while a thread samples the heap in use every millisecond and every collection's
 * leftover is noted (the live peak: what the reading holds at most); the retained heap is measured
 * after a last collection with the result still held.
 *
 * <p>Options ({@code --name value}): {@code --case} ({@code all}, or one of {@code csv}, {@code
 * xlsx}, {@code bomb}, {@code header}), {@code --xmx} (the children's {@code -Xmx}, 768m), {@code
 * --rows} (2000000), {@code --max-bytes} (104857600), {@code --bomb-mb} (the bomb's unpacked sheet,
 * 480).
 */
public final class UploadHeap {

  private static final List<String> CASES = List.of("csv", "xlsx", "bomb", "header");
  private static final double MB = 1 << 20;

  private UploadHeap() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    String which = o.getOrDefault("case", "all");
    if (!which.equals("all")) {
      System.out.println(measure(which, o));
      return;
    }
    System.out.println(
        "Heap above idle, MB (the file on disk, as the server keeps it), -Xmx"
            + o.getOrDefault("xmx", "768m")
            + "; in use: sampled, garbage included; live: the most left after a collection");
    System.out.println("case    file MB idle MB    in use       live  retained seconds  outcome");
    for (String c : CASES) {
      System.out.println(child(c, o));
    }
  }

  /** Runs one case in a fresh JVM and answers its line. */
  private static String child(String which, Map<String, String> o)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + o.getOrDefault("xmx", "768m"),
                "-cp",
                System.getProperty("java.class.path"),
                UploadHeap.class.getName(),
                "--case",
                which));
    o.forEach(
        (k, v) -> {
          if (!k.equals("case") && !k.equals("xmx")) {
            command.add("--" + k);
            command.add(v);
          }
        });
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuilder out = new StringBuilder();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        out.append(out.length() == 0 ? "" : "\n").append(line);
      }
    }
    int exit = p.waitFor();
    return exit == 0
        ? out.toString()
        : String.format("%-7s failed (exit %d): %s", which, exit, out);
  }

  private static String measure(String which, Map<String, String> o) throws IOException {
    Plan plan = plan();
    int rows = Integer.parseInt(o.getOrDefault("rows", "2000000"));
    long maxBytes = Long.parseLong(o.getOrDefault("max-bytes", "104857600"));
    MeasurementFile reader = new MeasurementFile(new UploadLimits(maxBytes, rows));
    UploadFiles files = new UploadFiles(plan, rows);
    Set<String> units = files.units();
    long idle = usedAfterCollection();
    Path directory = Files.createTempDirectory("upload-heap-");
    // the client's file on disk; the server receives it as a stream into its own temporary file
    Path sent = directory.resolve("sent");
    Files.write(
        sent,
        switch (which) {
          case "csv" -> files.csv();
          case "xlsx" -> files.xlsx();
          case "bomb" -> UploadFiles.bomb(Long.parseLong(o.getOrDefault("bomb-mb", "480")) << 20);
          case "header" -> UploadFiles.wideHeader(1_000_000);
          default -> throw new IllegalArgumentException("no case " + which + ", only " + CASES);
        });
    long size = Files.size(sent);
    usedAfterCollection();
    Sampler sampler = new Sampler();
    sampler.start();
    long start = System.nanoTime();
    String outcome;
    Object result;
    // what the server does: the body copied to a temporary file (counted, hashed), then read
    try (InputStream body = Files.newInputStream(sent);
        UploadContent content = UploadContent.receive(body, directory, maxBytes)) {
      ParsedUpload upload = reader.parse(content, null, plan, UnitYears.always(units), Map.of());
      result = upload;
      outcome = "read " + upload.size() + " rows";
    } catch (InvalidInputException e) {
      result = e;
      String first = e.problems().get(0).path() + ": " + e.problems().get(0).reason().en();
      outcome =
          String.format(
              Locale.ENGLISH,
              "refused, %d problem(s) listed of %,d; %s",
              e.problems().size(),
              e.problemsTotal(),
              first.length() > 90 ? first.substring(0, 90) + "…" : first);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = sampler.finish();
    // with the result still held, as the server holds it until the rows are stored
    long retained = usedAfterCollection();
    long live = Math.max(sampler.livePeak(), retained);
    Reference.reachabilityFence(result);
    Files.delete(sent);
    Files.delete(directory);
    return String.format(
        Locale.ENGLISH,
        "%-7s %7.1f %7.1f %9.1f %10.1f %9.1f %7.1f  %s",
        which,
        size / MB,
        idle / MB,
        (peak - idle) / MB,
        (live - idle) / MB,
        (retained - idle) / MB,
        seconds,
        outcome);
  }

  private static Plan plan() throws IOException {
    try (InputStream in = UploadHeap.class.getResourceAsStream("/plans/rach-gia-2022-2025.json")) {
      return new PlanJsonReader().read(in);
    }
  }

  private static long usedAfterCollection() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return heapUsed();
  }

  private static long heapUsed() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }

  /**
   * The most heap in use, sampled every millisecond (garbage not yet collected included), and the
   * most left in use after any collection meanwhile: what the reading really holds at its peak.
   */
  private static final class Sampler extends Thread {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong livePeak = new AtomicLong();
    private volatile boolean running = true;
    private final List<Runnable> listeners = new ArrayList<>();

    Sampler() {
      setDaemon(true);
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        NotificationListener listener =
            (notification, handback) -> {
              if (running
                  && notification
                      .getType()
                      .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long after = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                  MemoryUsage usage = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                  if (pool.getType() == MemoryType.HEAP && usage != null) {
                    after += usage.getUsed();
                  }
                }
                livePeak.accumulateAndGet(after, Math::max);
              }
            };
        ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        listeners.add(
            () -> {
              try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
              } catch (ListenerNotFoundException e) {
                // already gone
              }
            });
      }
    }

    /** The most in use after a collection during the reading; 0 when none ran. */
    long livePeak() {
      return livePeak.get();
    }

    @Override
    public void run() {
      while (running) {
        peak.accumulateAndGet(heapUsed(), Math::max);
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long finish() {
      running = false;
      listeners.forEach(Runnable::run);
      try {
        join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Math.max(peak.get(), heapUsed());
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return o;
  }
}
