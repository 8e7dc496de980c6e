package org.gradientlab.ui.scene;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.gradientlab.core.io.AtomicWrite;
import org.gradientlab.core.io.WriteFailure;
import org.gradientlab.core.scene.PngText;

/**
 * Scene files on disk: a .glab is the JSON itself; a PNG the app exported carries it in its
 * {@link PngText#SCENE} chunk. Sizes are checked before a byte is parsed, and writing is atomic.
 */
public final class SceneFiles {
    public static final String EXTENSION = "glab";
    /** An exported figure at 4× of a big window stays well under this. */
    /** The largest exported figure (PNG, SVG, PDF) read for its scene. */
    static final long MAX_FIGURE_BYTES = 64L << 20;

    private SceneFiles() {}

    /** The scene in {@code file} (a .glab or a PNG with a scene), checked against {@code schema}. */
    public static SavedScene read(Path file, SceneSchema schema) throws SceneError {
        return SceneReader.read(json(file), schema);
    }

    /**
     * The JSON in {@code file}: the file itself, or the scene an exported figure carries (a PNG's
     * scene chunk, an SVG's {@code <metadata>}, a PDF's document information). Not checked yet.
     */
    static byte[] json(Path file) throws SceneError {
        byte[] head = readAtMost(file, 8);
        if (PngText.isPng(head)) {
            byte[] bytes = readAtMost(file, MAX_FIGURE_BYTES);
            return PngText.read(bytes, PngText.SCENE, SceneJson.MAX_BYTES)
                    .orElseThrow(() -> new SceneError("scene.error.png-without-scene"))
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (startsWith(head, "%PDF-")) {
            return FigureScenes.fromPdf(readAtMost(file, MAX_FIGURE_BYTES));
        }
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            return FigureScenes.fromSvg(readAtMost(file, MAX_FIGURE_BYTES));
        }
        return readAtMost(file, SceneJson.MAX_BYTES);
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= p.length && java.util.Arrays.equals(bytes, 0, p.length, p, 0, p.length);
    }

    /** Writes {@code scene} as pretty-printed JSON, replacing {@code file} only once all is written. */
    public static void write(Path file, SavedScene scene) throws WriteFailure {
        AtomicWrite.writeString(file, json(scene));
    }

    public static String json(SavedScene scene) {
        return SceneJson.write(scene);
    }

    /** The file's bytes; a file longer than {@code limit} is refused without reading it all. */
    private static byte[] readAtMost(Path file, long limit) throws SceneError {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
            if (bytes.length == limit && limit > 8 && in.read() >= 0) {
                throw SceneReader.tooLarge(Files.size(file), limit);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new SceneError("scene.error.no-file");
        } catch (AccessDeniedException e) {
            throw new SceneError("scene.error.denied");
        } catch (IOException e) {
            throw new SceneError("scene.error.read", Files.isDirectory(file) ? "folder" : String.valueOf(e.getMessage()));
        }
    }
}
