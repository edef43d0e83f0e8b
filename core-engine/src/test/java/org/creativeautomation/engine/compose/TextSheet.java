package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.RgbColor;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A creative's copy alone, fitted and drawn by the text code (fitter, fallback chain, styled lines):
 * message, CTA button and disclaimer stacked against the bottom margin of a canvas filled with the
 * kit's primary colour, against the right margin for right-to-left copy. What the script goldens show.
 */
final class TextSheet {
    private TextSheet() {
    }

    static BufferedImage render(Ratio ratio, CreativeCopy copy, BrandKit kit, TypeFaces faces) {
        int w = ratio.width();
        int h = ratio.height();
        int shortSide = Math.min(w, h);
        int margin = Math.round(shortSide * 0.06f);
        int column = w - 2 * margin;
        TextDirection direction = TextDirection.of(copy);
        float minPx = kit.textRules().minFontPx() * w / 1080f;
        RgbColor text = kit.colors().textOnDark();
        List<TextBlock> blocks = new ArrayList<>();

        int cursor = h - margin - (ratio == Ratio.STORY ? Math.round(h * 0.2f) : 0);
        float disclaimerPx = Math.max(minPx, shortSide * 0.022f);
        FittedText disclaimer = new TextFitter(1.25).fit(copy.disclaimer(), faces.style("body", copy), column,
                Math.round(h * 0.12f), 3, disclaimerPx, disclaimerPx);
        TextBlock disclaimerBlock = block("disclaimer", "body", faces, disclaimer, text, direction, margin, w - margin,
                cursor);
        blocks.add(disclaimerBlock);
        cursor = disclaimerBlock.box().y() - Math.round(disclaimerPx * 0.9f);

        float ctaPx = Math.max(minPx, shortSide * 0.034f);
        int padX = Math.round(ctaPx * 0.95f);
        int padY = Math.round(ctaPx * 0.5f);
        FittedText cta = new TextFitter(1.25).fit(copy.cta(), faces.style("body", copy), column - 2 * padX,
                Math.round(ctaPx * 2.6f), 2, minPx, ctaPx);
        int buttonW = cta.width() + 2 * padX;
        int buttonH = cta.height() + 2 * padY;
        Box button = new Box(direction.isRightToLeft() ? w - margin - buttonW : margin, cursor - buttonH, buttonW,
                buttonH);
        blocks.add(block("cta", "body", faces, cta, kit.colors().textOnLight(), direction, button.x() + padX,
                button.right() - padX, button.bottom() - padY));
        cursor = button.y() - Math.round(shortSide * 0.035f);

        FittedText message = new TextFitter(1.12).fit(copy.message(), faces.style("headline", copy), column,
                Math.round(h * 0.26f), kit.textRules().maxLines(), minPx, shortSide * 0.082f);
        blocks.add(block("message", "headline", faces, message, text, direction, margin, w - margin, cursor));

        BufferedImage canvas = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(kit.colors().primary().toAwt());
            g.fillRect(0, 0, w, h);
            g.setColor(kit.colors().accent().toAwt());
            g.fill(new RoundRectangle2D.Float(button.x(), button.y(), button.width(), button.height(), button.height(),
                    button.height()));
            for (TextBlock block : blocks) {
                g.setColor(block.color().toAwt());
                for (int i = 0; i < block.lines().size(); i++) {
                    if (!block.lines().get(i).isEmpty()) {
                        StyledLine.of(block, i, faces).draw(g, 0, 0);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return canvas;
    }

    /** The fitted lines with the last line's descent ending at {@code bottom}, aligned as the direction reads. */
    static TextBlock block(String role, String fontRole, TypeFaces faces, FittedText fitted, RgbColor color,
                           TextDirection direction, int left, int right, int bottom) {
        int x = direction.isRightToLeft() ? right - fitted.width() : left;
        int n = fitted.lines().size();
        List<Integer> baselines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            baselines.add(bottom - fitted.descent() - (n - 1 - i) * fitted.lineHeight());
        }
        int top = baselines.get(0) - fitted.ascent();
        return new TextBlock(role, fitted.lines(), fontRole, faces.familyOf(fontRole), fitted.sizePx(), color, 1.0, x,
                baselines, new Box(x, top, fitted.width(), bottom - top), direction, fitted.runs());
    }
}
