package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.comply.ComplianceChecker;
import org.creativeautomation.engine.comply.ComplianceReport;
import org.creativeautomation.engine.comply.ComplianceStatus;
import org.creativeautomation.engine.comply.CreativeCompliance;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.HeroFacts;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.comply.predict.PerformancePredictor;
import org.creativeautomation.engine.compose.CanvasExtension;
import org.creativeautomation.engine.compose.ColourGrade;
import org.creativeautomation.engine.compose.CreativeRenderer;
import org.creativeautomation.engine.compose.CropWindow;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.LayoutRequest;
import org.creativeautomation.engine.compose.LayoutSolver;
import org.creativeautomation.engine.compose.OutputFormat;
import org.creativeautomation.engine.compose.Provenance;
import org.creativeautomation.engine.generate.BudgetStop;
import org.creativeautomation.engine.generate.OfflineHeroGenerator;
import org.creativeautomation.engine.localize.CopyOrigin;
import org.creativeautomation.engine.localize.CopyText;
import org.creativeautomation.engine.localize.LocaleCopy;
import org.creativeautomation.engine.localize.TranslationFindings;
import org.creativeautomation.engine.report.ProofThumbnail;
import org.creativeautomation.engine.store.AtomicFiles;
import org.creativeautomation.engine.store.Sha256;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes one creative: solves its layout (on a generative expansion of its hero when its ratio needs
 * one and the run can make it, see {@link HeroExpansions}), renders it, writes it atomically and
 * checks it. The cropped hero background is shared by every creative of a product and ratio framed
 * the same way: most locales share one, while right-to-left copy mirrors the framing and gets its own.
 */
final class CreativeProducer {
    private static final String CREATOR_TOOL = "Creative Automation Studio " + EngineVersion.value();
    private final LayoutSolver solver = new LayoutSolver();
    private final CreativeRenderer renderer = new CreativeRenderer();
    private final ComplianceChecker checker;
    private final PerformancePredictor predictor = new PerformancePredictor();
    private final KitResources kit;
    private final TranslationFindings translationFindings;
    private final Path outDir;
    private final OutputFormat format;
    private final Map<BackgroundKey, BufferedImage> backgrounds = new ConcurrentHashMap<>();
    private final HeroExpansions expansions;

    /**
     * @param translationFindings the warnings on translated copy a person has not approved
     * @param expansions          the run's generative expansions of heroes (see {@link HeroExpansions#enabled()})
     */
    CreativeProducer(ComplianceChecker checker, KitResources kit, TranslationFindings translationFindings, Path outDir,
                     OutputFormat format, HeroExpansions expansions) {
        this.expansions = expansions;
        this.checker = checker;
        this.kit = kit;
        this.translationFindings = translationFindings;
        this.outDir = outDir;
        this.format = format;
    }

    ProducedCreative produce(CreativeSpec spec, Hero hero) {
        FramedCreative framed = expansions.frame(solver, new LayoutRequest(spec.ratio(), spec.copy(),
                hero.pixels().get(), hero.subject().get(), kit.kit(), kit.faces(), kit.logos()), hero);
        Layout layout = framed.layout();
        BufferedImage heroPixels = framed.hero();
        BufferedImage background = backgrounds.computeIfAbsent(BackgroundKey.of(spec.product().id(), layout),
                k -> renderer.background(heroPixels, layout));
        BufferedImage image = renderer.render(layout, background, kit.faces(), kit.logos());
        byte[] bytes = format.encode(image, provenanceOf(hero.info(), framed.expansion()), CREATOR_TOOL);
        Path file = outDir.resolve(spec.path());
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        HeroFacts facts = new HeroFacts(heroPixels.getWidth(), heroPixels.getHeight(),
                Math.max(layout.width() / layout.crop().width(), layout.height() / layout.crop().height()),
                hero.info().source() != HeroSource.INPUT, budgetFallbackOf(hero.info()));
        CreativeUnderCheck checked = new CreativeUnderCheck(image, layout, spec.copy(), kit.kit(), kit.logos(),
                spec.region(), facts);
        List<Finding> findings = new ArrayList<>(checker.check(checked).findings());
        findings.addAll(translationFindings.of(spec.localized(), layout));
        CreativeCompliance compliance = CreativeCompliance.of(findings);
        ComplianceReport.PerformanceJson performance = predictor.predict(checked)
                .map(p -> new ComplianceReport.PerformanceJson(p.score(), p.contributions().stream()
                        .map(c -> new ComplianceReport.ContributionJson(c.feature(), c.measured(), c.points(), c.why()))
                        .toList()))
                .orElse(null);
        List<String> issues = layout.issues().stream().map(i -> i.code() + ": " + i.message()).toList();
        Manifest.Entry entry = entryFor(spec, hero.info(), framed.expansion(), Sha256.hex(bytes), issues,
                compliance.findings());
        return new ProducedCreative(spec, entry, compliance.findings(), performance, true, ProofThumbnail.of(image));
    }

    private static HeroFacts.BudgetFallback budgetFallbackOf(HeroInfo hero) {
        BudgetStop stop = hero.budgetStop();
        return stop == null ? null : new HeroFacts.BudgetFallback(stop.message(), stop.measured(), stop.expected());
    }

    /**
     * Heroes from trained generative models make the creative AI content to ad platforms; the
     * offline generator's heroes are synthetic but not from a trained model. A photo whose margins
     * a model drew (generative expand) is AI content too.
     */
    static Provenance provenanceOf(HeroInfo hero, ExpansionInfo expansion) {
        if (expansion != null && expansion.generative()) {
            return new Provenance(Provenance.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA);
        }
        if (hero.source() == HeroSource.INPUT) {
            return Provenance.PHOTOGRAPH;
        }
        return new Provenance(OfflineHeroGenerator.PROVIDER.equals(hero.provider())
                ? Provenance.COMPOSITE_SYNTHETIC : Provenance.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA);
    }

    static Manifest.Entry entryFor(CreativeSpec spec, HeroInfo hero, ExpansionInfo expansion, String sha,
                                   List<String> issues, List<Finding> findings) {
        Manifest.Copy copy = copyOf(spec);
        Manifest.ComplianceSummary compliance = new Manifest.ComplianceSummary(ComplianceStatus.of(findings),
                (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count(),
                (int) findings.stream().filter(f -> f.severity() == Severity.WARNING).count(),
                spec.complianceKey());
        return new Manifest.Entry(spec.product().id(), spec.ratio().label(), spec.copy().localeTag(), spec.path(),
                spec.ratio().width(), spec.ratio().height(), sha, spec.key(), hero, expansion, copy,
                issues == null ? List.of() : issues, compliance, provenanceOf(hero, expansion).digitalSourceType());
    }

    /** The creative's words with the origin of the copy and of each translated text. */
    private static Manifest.Copy copyOf(CreativeSpec spec) {
        LocaleCopy localized = spec.localized();
        Map<String, Manifest.TextOrigin> translated = new LinkedHashMap<>();
        localized.translated().forEach(e -> {
            CopyText text = e.getValue();
            translated.put(e.getKey().label(), new Manifest.TextOrigin(text.origin().label(), text.sourceLocale(),
                    text.by(), text.origin() == CopyOrigin.MEMORY ? Integer.valueOf(text.matchPercent()) : null));
        });
        return new Manifest.Copy(spec.copy().message(), spec.copy().cta(), spec.copy().disclaimer(),
                localized.origin().label(), translated);
    }

    /** What a background's pixels depend on besides the hero itself. */
    private record BackgroundKey(String product, int width, int height, CropWindow crop, CanvasExtension extension,
                                 ColourGrade grade, RgbColor backdrop) {
        static BackgroundKey of(String product, Layout layout) {
            return new BackgroundKey(product, layout.width(), layout.height(), layout.crop(), layout.extension(),
                    layout.grade(), layout.backdrop());
        }
    }
}
