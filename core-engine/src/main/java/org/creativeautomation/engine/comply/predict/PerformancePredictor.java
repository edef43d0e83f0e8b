package org.creativeautomation.engine.comply.predict;

import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.HeroFacts;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.CropWindow;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.LogoPlacement;
import org.creativeautomation.engine.compose.TextBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An explainable 0 – 100 performance score for a creative: a baseline of {@value #BASELINE_POINTS}
 * plus bounded points for six measured features, each shown with what was measured and why it
 * counts. The points follow common ad-design heuristics (short copy, high contrast, a visible logo,
 * a clear call to action, a prominent product); they are not learnt from campaign results. Use the
 * score to compare variants of one campaign, not to forecast click-through rates — see
 * {@code docs/PERFORMANCE-PREDICTOR.md}.
 *
 * <p>The bounds are chosen so that the best case adds exactly 50 and the worst takes exactly 50:
 * the contributions always add up to the score, which never needs clamping. Same creative, same
 * score.
 */
public final class PerformancePredictor {
    public static final String BASELINE = "baseline";
    public static final String CONTRAST = "contrast";
    public static final String WORD_COUNT = "word count";
    public static final String TEXT_AREA = "text area";
    public static final String LOGO_SIZE = "logo size";
    public static final String SUBJECT_PROMINENCE = "subject prominence";
    public static final String CALL_TO_ACTION = "call to action";

    static final int BASELINE_POINTS = 50;

    /** The score, or empty for an image made elsewhere: most features are read from the layout. */
    public Optional<PerformanceScore> predict(CreativeUnderCheck creative) {
        Layout layout = creative.layout();
        if (layout == null || creative.pixels() == null) {
            return Optional.empty();
        }
        List<Contribution> contributions = new ArrayList<>(7);
        contributions.add(new Contribution(BASELINE, "-", BASELINE_POINTS,
                "every creative starts mid-scale; the features below move it up or down"));
        contributions.add(contrast(creative, layout));
        contributions.add(wordCount(layout));
        contributions.add(textArea(layout));
        contributions.add(logoSize(layout));
        contributions.add(subjectProminence(layout, creative.hero()));
        contributions.add(callToAction(layout));
        double total = contributions.stream().mapToDouble(Contribution::points).sum();
        int score = (int) Math.max(0, Math.min(100, Math.round(total)));
        return Optional.of(new PerformanceScore(score, contributions));
    }

    static Contribution contrast(CreativeUnderCheck creative, Layout layout) {
        TextBlock message = layout.message();
        if (message == null || message.lines().stream().allMatch(String::isBlank)) {
            return new Contribution(CONTRAST, "no message", 0, "there is no message to read");
        }
        double ratio = MessageContrast.of(creative.pixels(), message, layout.width(), layout.height());
        String measured = String.format(Locale.ROOT, "%.1f:1", ratio);
        if (ratio >= 7) {
            return new Contribution(CONTRAST, measured, 12,
                    ">= 7:1 (WCAG AAA): the message reads at a glance, even small on a phone in daylight");
        }
        if (ratio >= 4.5) {
            return new Contribution(CONTRAST, measured, 6,
                    ">= 4.5:1 (WCAG AA): readable, with less punch than 7:1");
        }
        if (ratio >= 3) {
            return new Contribution(CONTRAST, measured, -4,
                    "3 – 4.5:1: only the large-text minimum; the message takes effort to read");
        }
        return new Contribution(CONTRAST, measured, -12,
                "< 3:1: many viewers cannot read the message against what is behind it");
    }

    static Contribution wordCount(Layout layout) {
        TextBlock message = layout.message();
        int words = message == null ? 0 : WordCount.of(String.join(" ", message.lines()));
        String measured = words == 1 ? "1 word" : words + " words";
        if (words == 0) {
            return new Contribution(WORD_COUNT, measured, 0, "there is no message to read");
        }
        if (words <= 7) {
            return new Contribution(WORD_COUNT, measured, 10,
                    "<= 7 words: read in the second or two a scrolling viewer gives an ad");
        }
        if (words <= 12) {
            return new Contribution(WORD_COUNT, measured, 4, "8 – 12 words: readable, but not at a glance");
        }
        if (words <= 20) {
            return new Contribution(WORD_COUNT, measured, -4, "13 – 20 words: most viewers will not finish it");
        }
        return new Contribution(WORD_COUNT, measured, -10, "> 20 words: body copy, not a headline");
    }

    static Contribution textArea(Layout layout) {
        double canvas = (double) layout.width() * layout.height();
        double covered = 0;
        for (Box box : textBoxes(layout)) {
            covered += clippedArea(box, layout.width(), layout.height());
        }
        double share = Math.min(1, covered / canvas);
        String measured = String.format(Locale.ROOT, "%.0f%% of the canvas", share * 100);
        if (share <= 0.20) {
            return new Contribution(TEXT_AREA, measured, 6,
                    "<= 20%: within the long-standing 20% text guideline; the picture carries the ad");
        }
        if (share <= 0.30) {
            return new Contribution(TEXT_AREA, measured, -2, "20 – 30%: text starts to crowd the picture");
        }
        if (share <= 0.40) {
            return new Contribution(TEXT_AREA, measured, -5, "30 – 40%: text-heavy; it reads as a notice, not a picture");
        }
        return new Contribution(TEXT_AREA, measured, -8, "> 40%: mostly text; feeds tend to show such ads less");
    }

    static Contribution logoSize(Layout layout) {
        LogoPlacement logo = layout.logo();
        if (logo == null || logo.box() == null) {
            return new Contribution(LOGO_SIZE, "no logo", -6, "no logo: the viewer may not know whose ad it is");
        }
        double share = (double) Math.max(logo.box().width(), logo.box().height())
                / Math.min(layout.width(), layout.height());
        String measured = String.format(Locale.ROOT, "%.0f%% of the short side", share * 100);
        if (share >= 0.15) {
            return new Contribution(LOGO_SIZE, measured, 6, ">= 15%: the brand is recognised at a glance");
        }
        if (share >= 0.10) {
            return new Contribution(LOGO_SIZE, measured, 2, "10 – 15%: visible, though easy to miss on a phone");
        }
        return new Contribution(LOGO_SIZE, measured, -6, "< 10%: too small to recognise on a phone");
    }

    static Contribution subjectProminence(Layout layout, HeroFacts hero) {
        CropWindow crop = layout.crop();
        Box subject = crop == null ? null : crop.subject();
        if (subject == null || crop.width() <= 0 || crop.height() <= 0 || coversWholeHero(subject, hero)) {
            return new Contribution(SUBJECT_PROMINENCE, "unknown", 0, "where the product is in the hero is not known");
        }
        double share = subjectShare(layout, crop, subject);
        String measured = String.format(Locale.ROOT, "%.0f%% of the canvas", share * 100);
        if (share >= 0.20) {
            return new Contribution(SUBJECT_PROMINENCE, measured, 8,
                    ">= 20%: the product is the first thing the eye lands on");
        }
        if (share >= 0.10) {
            return new Contribution(SUBJECT_PROMINENCE, measured, 4, "10 – 20%: the product is clearly visible");
        }
        if (share >= 0.05) {
            return new Contribution(SUBJECT_PROMINENCE, measured, 0, "5 – 10%: the product is small in the frame");
        }
        return new Contribution(SUBJECT_PROMINENCE, measured, -6, "< 5%: the product is hard to find");
    }

    static Contribution callToAction(Layout layout) {
        if (layout.cta() == null || layout.cta().label() == null
                || layout.cta().label().lines().stream().allMatch(String::isBlank)) {
            return new Contribution(CALL_TO_ACTION, "none", -8, "no call to action: the viewer is not told what to do next");
        }
        String label = String.join(" ", layout.cta().label().lines());
        return new Contribution(CALL_TO_ACTION, "\"" + label + "\"", 8,
                "a call to action on a button tells the viewer what to do next");
    }

    /**
     * The share of the canvas the product's box covers once the hero is cropped and scaled: the
     * box mapped from hero pixels through the crop window and clipped to the canvas.
     */
    static double subjectShare(Layout layout, CropWindow crop, Box subject) {
        double sx = layout.width() / crop.width();
        double sy = layout.height() / crop.height();
        double x0 = Math.max(0, (subject.x() - crop.x()) * sx);
        double y0 = Math.max(0, (subject.y() - crop.y()) * sy);
        double x1 = Math.min(layout.width(), (subject.right() - crop.x()) * sx);
        double y1 = Math.min(layout.height(), (subject.bottom() - crop.y()) * sy);
        if (x1 <= x0 || y1 <= y0) {
            return 0;
        }
        return (x1 - x0) * (y1 - y0) / ((double) layout.width() * layout.height());
    }

    /** The solver centres on the whole hero when the product's place is unknown; that box says nothing. */
    private static boolean coversWholeHero(Box subject, HeroFacts hero) {
        return hero != null && subject.x() <= 0 && subject.y() <= 0 && subject.right() >= hero.sourceWidth()
                && subject.bottom() >= hero.sourceHeight();
    }

    private static List<Box> textBoxes(Layout layout) {
        List<Box> boxes = new ArrayList<>(3);
        if (layout.message() != null) {
            boxes.add(layout.message().box());
        }
        if (layout.cta() != null) {
            boxes.add(layout.cta().box());
        }
        if (layout.disclaimer() != null) {
            boxes.add(layout.disclaimer().box());
        }
        return boxes;
    }

    private static double clippedArea(Box box, int width, int height) {
        int x0 = Math.max(0, box.x());
        int y0 = Math.max(0, box.y());
        int x1 = Math.min(width, box.right());
        int y1 = Math.min(height, box.bottom());
        return x1 <= x0 || y1 <= y0 ? 0 : (double) (x1 - x0) * (y1 - y0);
    }
}
