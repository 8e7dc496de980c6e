package org.gradientlab.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.gradientlab.ui.theme.Theme;

/** Every language file has every key, and every key the UI code names exists (after JabRef's test). */
class I18nConsistencyTest {
    private static final Path UI_SOURCES = Path.of("src/main/java/org/gradientlab/ui");
    // A key handed to the helpers: i18n.label("menu.file"), i18n.text("export.error.title", ...).
    private static final Pattern HELPER_CALL = Pattern.compile("\\b(?:label|text)\\(\\s*\"([^\"]+)\"");
    // Any dotted literal; it is a key when its first segment is a namespace of the bundle.
    private static final Pattern DOTTED_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    @Test
    void koreanHasEveryEnglishKey() {
        assertEquals(Set.of(), missing(keys("messages.properties"), keys("messages_ko.properties")));
    }

    @Test
    void englishHasEveryKoreanKey() {
        assertEquals(Set.of(), missing(keys("messages_ko.properties"), keys("messages.properties")));
    }

    /** Properties keeps the last of two equal keys silently; a merge of two sections can leave both. */
    @Test
    void noFileDefinesAKeyTwice() throws IOException {
        for (String file : List.of("messages.properties", "messages_ko.properties")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("resources/i18n", file), StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).strip())) {
                    twice.add(line.substring(0, equals).strip());
                }
            }
            assertFalse(seen.size() < 100, file + ": the scan found too few keys to be working");
            assertEquals(Set.of(), twice, file);
        }
    }

    @Test
    void everyKeyUsedInUiCodeExists() throws IOException {
        Set<String> known = keys("messages.properties");
        Set<String> namespaces = new TreeSet<>();
        known.forEach(k -> namespaces.add(k.substring(0, k.indexOf('.'))));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                collect(HELPER_CALL, code, used);
                Set<String> dotted = new TreeSet<>();
                collect(DOTTED_LITERAL, code, dotted);
                dotted.stream().filter(k -> namespaces.contains(k.substring(0, k.indexOf('.')))).forEach(used::add);
            }
        }
        assertFalse(used.size() < 20, "the scan found too few keys to be working: " + used);
        assertEquals(Set.of(), missing(used, known));
    }

    @Test
    void enumNameKeysExist() {
        Set<String> known = keys("messages.properties");
        List<String> names = Stream.concat(Stream.of(Theme.values()).map(Theme::nameKey),
                Stream.of(Language.values()).map(Language::nameKey)).toList();
        assertEquals(Set.of(), missing(new TreeSet<>(names), known));
    }

    @Test
    void translationsKeepTheArgumentsOfTheEnglishText() {
        Properties en = load("messages.properties");
        Properties ko = load("messages_ko.properties");
        for (String key : en.stringPropertyNames()) {
            int enArgs = new MessageFormat(en.getProperty(key)).getFormatsByArgumentIndex().length;
            int koArgs = new MessageFormat(ko.getProperty(key, "")).getFormatsByArgumentIndex().length;
            assertEquals(enArgs, koArgs, "arguments of " + key);
            assertFalse(ko.getProperty(key, "").isBlank(), "empty Korean text for " + key);
        }
    }

    /**
     * Texts go through MessageFormat, where a lone apostrophe starts a quote and vanishes ("the
     * lab's controls" showed as "the labs controls"); an apostrophe is written ''.
     */
    @Test
    void everyApostropheIsWrittenTwice() {
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (String file : List.of("messages.properties", "messages_ko.properties")) {
            Properties texts = load(file);
            Set<String> bad = new TreeSet<>();
            texts.stringPropertyNames().stream().filter(k -> lone.matcher(texts.getProperty(k)).find()).forEach(bad::add);
            assertEquals(Set.of(), bad, file);
        }
        assertEquals("the lab's controls", new MessageFormat("the lab''s controls").format(new Object[0]));
    }

    @Test
    void detectsAMissingKey() {
        assertEquals(Set.of("b.c"), missing(Set.of("a.b", "b.c"), Set.of("a.b")));
    }

    private static Set<String> missing(Set<String> wanted, Set<String> present) {
        Set<String> out = new TreeSet<>(wanted);
        out.removeAll(present);
        return out;
    }

    private static void collect(Pattern pattern, String code, Set<String> into) {
        Matcher m = pattern.matcher(code);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Set<String> keys(String file) {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(String file) {
        try (InputStream in = I18nConsistencyTest.class.getResourceAsStream("/i18n/" + file)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
