package org.gradientlab.ui.optimizer;

import static org.gradientlab.ui.widgets.AnimatedGifTest.filled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.gradientlab.core.io.WriteFailure;
import org.gradientlab.ui.kit.job.JobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recording's stream with a real worker thread and the test thread as the FX thread: the
 * frames reach the file in order, at most {@link GifStream#QUEUED_FRAMES} wait while the writer
 * is behind, and every failure ends the recording once, leaving the old file and no part file.
 */
class GifRecorderStreamTest {
    @TempDir
    Path dir;

    private final ExecutorService worker = Executors.newCachedThreadPool();
    private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final JobRunner runner = new JobRunner(worker, fx::add);
    private final List<Exception> reports = new ArrayList<>();

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private GifStream<BufferedImage> start(Path target, Function<BufferedImage, BufferedImage> toImage) {
        return GifStream.start(target, 120, toImage, runner, reports::add);
    }

    /** Plays the FX thread until the recording has ended. */
    private void awaitEnd(GifStream<?> stream) throws InterruptedException {
        while (!stream.isEnded()) {
            Runnable task = fx.poll(20, TimeUnit.SECONDS);
            assertNotNull(task, "the recording never ended");
            task.run();
        }
        assertEquals(1, reports.size(), "exactly one report");
    }

    /** Hands frames over as a pulse would: waits for room instead of skipping. */
    private static void feed(GifStream<BufferedImage> stream, List<BufferedImage> frames) throws InterruptedException {
        for (BufferedImage frame : frames) {
            while (!stream.hasRoom()) {
                Thread.sleep(5);
            }
            stream.add(frame);
        }
        while (!stream.finish()) {
            Thread.sleep(5);
        }
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void threeStreamedFramesMakeAGifOfThreeFramesWithTheirDelay() throws Exception {
        Path gif = dir.resolve("stream.gif");
        GifStream<BufferedImage> stream = start(gif, Function.identity());
        feed(stream, List.of(filled(Color.RED), filled(Color.GREEN), filled(Color.BLUE)));
        awaitEnd(stream);
        assertNull(reports.get(0));
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
            assertEquals(0xffff0000, reader.read(0).getRGB(5, 5));
            assertEquals(0xff0000ff, reader.read(2).getRGB(5, 5));
            for (int i = 0; i < 3; i++) {
                IIOMetadataNode tree = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) tree.getElementsByTagName("GraphicControlExtension").item(0);
                assertEquals("12", control.getAttribute("delayTime"), "120 ms in hundredths, frame " + i);
            }
        } finally {
            reader.dispose();
        }
        assertEquals(List.of("stream.gif"), files(dir), "no part file left");
    }

    @Test
    void whileTheWriterIsBehindAtMostTheQueueBoundOfFramesWait() throws Exception {
        CountDownLatch writerBusy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Path gif = dir.resolve("bounded.gif");
        GifStream<BufferedImage> stream = start(gif, frame -> {
            writerBusy.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return frame;
        });
        stream.add(filled(Color.RED));
        assertTrue(writerBusy.await(10, TimeUnit.SECONDS), "the writer took the first frame");
        int handed = 1;
        while (stream.hasRoom() && handed < 100) {
            stream.add(filled(Color.GREEN));
            handed++;
        }
        assertEquals(GifStream.QUEUED_FRAMES, stream.waiting(), "the queue holds its bound, no more");
        assertEquals(GifStream.QUEUED_FRAMES + 1, handed, "one in the writer's hands, the rest waiting");
        assertFalse(stream.finish(), "even the end waits for room");
        release.countDown();
        while (!stream.finish()) {
            Thread.sleep(5);
        }
        awaitEnd(stream);
        assertNull(reports.get(0));
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(handed, reader.getNumImages(true), "every frame handed over is in the file");
        } finally {
            reader.dispose();
        }
    }

    @Test
    void aTargetInAMissingFolderIsReportedWithTheUsersPathAndReasonAndLeavesNoFile() throws Exception {
        Path gif = dir.resolve("missing").resolve("play.gif");
        GifStream<BufferedImage> stream = start(gif, Function.identity());
        stream.add(filled(Color.RED));
        awaitEnd(stream);
        WriteFailure failure = assertInstanceOf(WriteFailure.class, reports.get(0));
        assertEquals("cannot write " + gif + ": no such folder", failure.getMessage());
        assertFalse(stream.hasRoom(), "an ended recording takes no more frames");
        assertEquals(List.of(), files(dir), "nothing written anywhere");
    }

    @Test
    void aSnapshotFailureEndsTheRecordingOnceAndKeepsTheOldFile() throws Exception {
        Path gif = dir.resolve("old.gif");
        Files.writeString(gif, "the old animation");
        GifStream<BufferedImage> stream = start(gif, Function.identity());
        stream.add(filled(Color.RED));
        IllegalStateException snapshot = new IllegalStateException("snapshot failed");
        stream.abandon(snapshot);
        awaitEnd(stream);
        assertSame(snapshot, reports.get(0), "the FX side's own failure is what the user reads");
        assertEquals("the old animation", Files.readString(gif));
        assertEquals(List.of("old.gif"), files(dir), "no part file left");
    }

    @Test
    void runningOutOfMemoryWhileEncodingIsReportedAndLeavesNoPartFile() throws Exception {
        Path gif = dir.resolve("big.gif");
        GifStream<BufferedImage> stream = start(gif, frame -> {
            throw new OutOfMemoryError("Java heap space");
        });
        stream.add(filled(Color.RED));
        awaitEnd(stream);
        assertEquals("Java heap space", reports.get(0).getMessage());
        assertInstanceOf(OutOfMemoryError.class, reports.get(0).getCause());
        assertEquals(List.of(), files(dir), "no part file left");
    }
}
