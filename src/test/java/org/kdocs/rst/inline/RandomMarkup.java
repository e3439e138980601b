package org.kdocs.rst.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Reproducible random strings over a small alphabet of markup characters, for inliner property tests. */
final class RandomMarkup {
    private RandomMarkup() {
    }

    /** {@code count} strings of 1 to {@code maxLength} characters drawn from {@code alphabet}. */
    static List<String> strings(long seed, String alphabet, int count, int maxLength) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int round = 0; round < count; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(maxLength);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(text.toString());
        }
        return out;
    }
}
