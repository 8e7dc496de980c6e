package org.gradientlab.ui.optimizer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.gradientlab.ui.kit.job.JobRunner;
import org.gradientlab.ui.widgets.AnimatedGif;

/**
 * Heap of a GIF recording, held (all frames, then one write: the code before streaming) or
 * streamed ({@link GifStream}, what {@link GifRecorder} does now). Not a test: run each mode in a
 * JVM of its own, from the test classpath, e.g.
 * {@code java -Xmx1g -XX:+UseSerialGC -cp target/classes:target/test-classes
 * org.gradientlab.ui.optimizer.GifHeapBench streamed 150 880 600}. Frames are ARGB images of the
 * figure's size with a moving drawing, as SwingFXUtils makes them from the snapshots; the main
 * thread plays the FX thread. Prints peak used heap (sampled every millisecond, and the heap
 * pools' own peaks) and the heap still used after a GC once every frame was taken.
 */
public final class GifHeapBench {
    private GifHeapBench() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int frames = Integer.parseInt(args[1]);
        int width = Integer.parseInt(args[2]);
        int height = Integer.parseInt(args[3]);
        Path target = Files.createTempFile("gif-heap-bench", ".gif");
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long base = used();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        long retained = mode.equals("held") ? held(frames, width, height, target) : streamed(frames, width, height, target);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        long pools = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%s frames=%d size=%dx%d base=%.1fMB peakSampled=%.1fMB peakPools=%.1fMB"
                + " retainedAfterTaking=%.1fMB time=%.1fs file=%.1fMB%n", mode, frames, width, height, mb(base),
                mb(peak.get()), mb(pools), mb(retained), seconds, mb(Files.size(target)));
        Files.deleteIfExists(target);
    }

    /** The code before streaming: every opaque frame in a list, then one write. */
    private static long held(int frames, int width, int height, Path target) throws Exception {
        List<BufferedImage> all = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            all.add(GifRecorder.opaque(frame(i, frames, width, height)));
        }
        long retained = retained();
        AnimatedGif.write(all, 40, target);
        return retained;
    }

    private static long streamed(int frames, int width, int height, Path target) throws Exception {
        ExecutorService worker = Executors.newCachedThreadPool();
        LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
        Exception[] report = new Exception[1];
        GifStream<BufferedImage> stream = GifStream.start(target, 40, GifRecorder::opaque,
                new JobRunner(worker, fx::add), failure -> report[0] = failure);
        int taken = 0;
        long retained = -1;
        while (!stream.isEnded()) {
            for (Runnable task; (task = fx.poll()) != null; ) {
                task.run();
            }
            if (taken < frames && stream.hasRoom()) {
                stream.add(frame(taken, frames, width, height));
                taken++;
            } else if (taken == frames && retained < 0 && stream.finish()) {
                retained = retained();
            } else {
                Thread.sleep(1); // a pulse with no room: the FX thread goes on
            }
        }
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
        if (report[0] != null) {
            throw report[0];
        }
        return retained;
    }

    private static BufferedImage frame(int i, int frames, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(new Color(0xF4F1E8));
        g.fillRect(0, 0, width, height);
        g.setStroke(new BasicStroke(2));
        for (int k = 0; k < 12; k++) {
            g.setColor(new Color(Color.HSBtoRGB(k / 12f, 0.5f, 0.8f)));
            g.drawOval(width / 2 - k * 30, height / 2 - k * 20, k * 60, k * 40);
        }
        g.setColor(new Color(0x0072B2));
        g.fillOval((int) ((width - 20) * i / (double) frames), height / 3, 20, 20);
        g.dispose();
        return image;
    }

    private static long retained() {
        System.gc();
        return used();
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
