package org.creativeautomation.engine.generate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The packaging an offline hero render draws, guessed from the product's name and description. */
enum ProductShape {
    CAN("can"),
    BOTTLE("bottle"),
    BOX("box"),
    SHOE_BOX("shoe-box"),
    JAR("jar");

    /** Words that name the packaging itself; they win over words about the contents. */
    private static final List<Keywords> CONTAINERS = List.of(
            new Keywords(SHOE_BOX, Set.of("shoe", "sneaker", "trainer", "boot", "footwear", "runner")),
            new Keywords(CAN, Set.of("can", "tin")),
            new Keywords(BOTTLE, Set.of("bottle", "flask")),
            new Keywords(JAR, Set.of("jar", "pot", "tub")),
            new Keywords(BOX, Set.of("box", "carton", "pack", "package", "packet")));

    private static final List<Keywords> CONTENTS = List.of(
            new Keywords(CAN, Set.of("soda", "water", "drink", "cola", "beer", "seltzer", "lemonade", "tonic",
                    "energy", "sparkling", "spritz")),
            new Keywords(BOTTLE, Set.of("juice", "shampoo", "conditioner", "oil", "wine", "lotion", "sauce", "soap",
                    "gel", "smoothie", "milk", "serum", "perfume", "kombucha")),
            new Keywords(BOX, Set.of("bar", "snack", "cereal", "cookie", "biscuit", "cracker", "granola",
                    "chocolate", "tea", "chip", "crisp", "muesli", "oat")),
            new Keywords(JAR, Set.of("cream", "jam", "honey", "balm", "candle", "butter", "spread", "moisturiser",
                    "moisturizer", "yogurt", "yoghurt")));

    private final String id;

    ProductShape(String id) {
        this.id = id;
    }

    /** As written in image metadata. */
    String id() {
        return id;
    }

    /**
     * The product's name is read before its description, because descriptions use words like "can"
     * as verbs. Packaging words go by priority ("shoe box" is a shoe box, not a box); among words
     * about the contents the last one wins, as English puts the head noun last ("Energy Bar").
     * Products that name nothing known get a jar, the most neutral shape.
     */
    static ProductShape forProduct(String name, String description) {
        for (String text : new String[] {name, description}) {
            List<String> words = words(text);
            for (Keywords keywords : CONTAINERS) {
                if (words.stream().anyMatch(keywords::matches)) {
                    return keywords.shape();
                }
            }
            for (int i = words.size() - 1; i >= 0; i--) {
                String word = words.get(i);
                for (Keywords keywords : CONTENTS) {
                    if (keywords.matches(word)) {
                        return keywords.shape();
                    }
                }
            }
        }
        return JAR;
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
    }

    private record Keywords(ProductShape shape, Set<String> words) {
        boolean matches(String word) {
            return words.contains(word)
                    || (word.endsWith("s") && words.contains(word.substring(0, word.length() - 1)))
                    || (word.endsWith("es") && words.contains(word.substring(0, word.length() - 2)));
        }
    }
}
