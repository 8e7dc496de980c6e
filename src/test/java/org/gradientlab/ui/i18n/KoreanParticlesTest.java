package org.gradientlab.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A Korean particle depends on whether the word before it ends in a consonant (시그모이드를,
 * ReLU를 but 표준편차를/학습률을), so a sentence must not hang one on a word it does not know:
 * no "을(를)" hedges, and no argument {n} followed straight by a particle that changes with it.
 */
class KoreanParticlesTest {
    // 이 before 면/며/다/고/라/지/어/었 is the copula, which reads right after either ending.
    private static final Pattern PARTICLE_AFTER_ARGUMENT =
            Pattern.compile("\\{[^}]+\\}(을|를|은|는|와|과|으로|로|가|이(?![면며다고라지어었]))");
    private static final Pattern HEDGE = Pattern.compile("(을\\(를\\)|를\\(을\\)|이\\(가\\)|은\\(는\\)|와\\(과\\)|\\(으\\)로)");

    private static List<String> values() throws IOException {
        return Files.readAllLines(Path.of("resources/i18n/messages_ko.properties"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && line.contains("=")).toList();
    }

    @Test
    void noSentenceHedgesItsParticle() throws IOException {
        List<String> lines = values();
        assertFalse(lines.size() < 100, "the scan found too few lines to be working");
        assertEquals(List.of(), lines.stream().filter(l -> HEDGE.matcher(l).find()).toList());
    }

    @Test
    void noArgumentCarriesAParticleThatDependsOnIt() throws IOException {
        assertEquals(List.of(), values().stream().filter(l -> PARTICLE_AFTER_ARGUMENT.matcher(l).find()).toList());
    }

    @Test
    void thePatternsCatchTheSentencesTheyAreMeantFor() {
        assertTrue(HEDGE.matcher("{0}을(를) 쓰는").find());
        assertTrue(PARTICLE_AFTER_ARGUMENT.matcher("P = {2}를 작은").find());
        assertFalse(PARTICLE_AFTER_ARGUMENT.matcher("표준편차가 {0}이면").find());
    }
}
