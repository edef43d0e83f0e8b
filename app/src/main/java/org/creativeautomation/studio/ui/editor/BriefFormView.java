package org.creativeautomation.studio.ui.editor;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.creativeautomation.engine.brief.BriefDraft;
import org.creativeautomation.engine.brief.DraftProduct;
import org.creativeautomation.engine.compose.Ratio;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The brief as a form: a field for every brief field, each with the validator's problems under it.
 * Fields edit the view model; when the brief changes elsewhere (the YAML tab, undo) the fields
 * follow. Per-locale copy and products are rebuilt only when locales or products are added or removed.
 */
final class BriefFormView {
    private final BriefEditorViewModel model;
    private final List<String> kitIds;
    private final VBox root = new VBox(18);
    private final VBox copySection = new VBox(12);
    private final VBox productsSection = new VBox(12);
    private final List<FieldRow> rows = new ArrayList<>();
    private final List<FieldRow> copyRows = new ArrayList<>();
    private final List<FieldRow> productRows = new ArrayList<>();
    private final Map<String, TextInputControl> texts = new LinkedHashMap<>();
    private final Map<String, TextInputControl> copyTexts = new LinkedHashMap<>();
    private final Map<String, TextInputControl> productTexts = new LinkedHashMap<>();
    private final Map<Integer, TextField> assetFields = new LinkedHashMap<>();
    private final Map<String, CheckBox> ratioBoxes = new LinkedHashMap<>();
    private TextField localesField;
    private ComboBox<String> brandBox;
    private List<String> shownLocales = List.of();
    private int shownProducts = -1;
    /** True while fields are set from the brief: those changes are not edits. */
    private boolean syncing;

    BriefFormView(BriefEditorViewModel model, List<String> kitIds) {
        this.model = model;
        this.kitIds = List.copyOf(kitIds);
        root.getStyleClass().add("brief-form");
        root.setPadding(new Insets(16));
        root.getChildren().addAll(campaignSection(), marketSection(), section("Copy", copySection),
                ratiosSection(), section("Products", productsSection));
        model.draftProperty().addListener((o, old, draft) -> show(draft));
        model.problemsProperty().addListener((o, old, problems) -> showProblems(problems));
        show(model.draftProperty().get());
        showProblems(model.problemsProperty().get());
    }

    Node root() {
        return root;
    }

    private Node campaignSection() {
        TextField campaign = text("campaign", "summer-splash-2026", texts);
        TextField name = text("name", "Summer Splash 2026", texts);
        brandBox = new ComboBox<>();
        brandBox.getItems().setAll(kitIds);
        brandBox.setEditable(true);
        brandBox.setMaxWidth(Double.MAX_VALUE);
        brandBox.setPromptText("brand kit id");
        brandBox.getEditor().textProperty().addListener((o, old, value) -> {
            if (!syncing) {
                model.editText("brand", value);
            }
        });
        brandBox.getEditor().focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                model.endEdit();
            }
        });
        TextField audience = text("audience", "who the campaign is for", texts);
        TextField budget = text("budget.maxUsd", "optional, e.g. 25", texts);
        FieldRow campaignRow = row("Campaign id", "campaign", campaign, false);
        FieldRow nameRow = row("Name", "name", name, false);
        FieldRow brandRow = row("Brand kit", "brand", brandBox, false);
        FieldRow budgetRow = row("Budget (USD)", "budget.maxUsd", budget, false);
        return section("Campaign", new VBox(12, pair(campaignRow, nameRow), pair(brandRow, budgetRow),
                row("Audience", "audience", audience, false)));
    }

    private Node marketSection() {
        TextField region = text("market.region", "US", texts);
        region.setPrefColumnCount(4);
        localesField = new TextField();
        localesField.setPromptText("en-US, es-US (the default first)");
        localesField.textProperty().addListener((o, old, value) -> {
            if (!syncing) {
                model.editLocales(tags(value));
            }
        });
        endEditOnBlur(localesField);
        FieldRow regionRow = row("Region", "market.region", region, false);
        FieldRow localesRow = row("Locales", "market.locales", localesField, false);
        return section("Market", new VBox(12, row(null, "market", new Region(), true), pair(regionRow, localesRow)));
    }

    private Node ratiosSection() {
        FlowPane boxes = new FlowPane(14, 8);
        for (String label : Ratio.labels()) {
            CheckBox box = new CheckBox(label);
            box.setId("ratio-" + label.replace(':', 'x'));
            box.selectedProperty().addListener((o, was, is) -> {
                if (!syncing) {
                    model.editRatios(selectedRatios());
                }
            });
            ratioBoxes.put(label, box);
            boxes.getChildren().add(box);
        }
        return section("Ratios", row(null, "ratios", boxes, false));
    }

    private List<String> selectedRatios() {
        return ratioBoxes.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).toList();
    }

    private void show(BriefDraft draft) {
        syncing = true;
        try {
            showFields(draft);
        } finally {
            syncing = false;
        }
        showProblems(model.problemsProperty().get());
    }

    private void showFields(BriefDraft draft) {
        if (!draft.locales().equals(shownLocales)) {
            rebuildCopy(draft.locales());
        }
        if (draft.products().size() != shownProducts) {
            rebuildProducts(draft.products());
        }
        for (Map<String, TextInputControl> controls : List.of(texts, copyTexts, productTexts)) {
            controls.forEach((path, control) -> showText(control, draft.text(path)));
        }
        if (!brandBox.getEditor().getText().equals(draft.brand())) {
            brandBox.getEditor().setText(draft.brand());
        }
        if (!tags(localesField.getText()).equals(draft.locales())) {
            localesField.setText(String.join(", ", draft.locales()));
        }
        for (int i = 0; i < draft.products().size(); i++) {
            TextField assets = assetFields.get(i);
            if (!tags(assets.getText()).equals(draft.products().get(i).assets())) {
                assets.setText(String.join(", ", draft.products().get(i).assets()));
            }
        }
        ratioBoxes.forEach((label, box) -> box.setSelected(draft.ratios().contains(label)));
    }

    private void rebuildCopy(List<String> locales) {
        shownLocales = List.copyOf(locales);
        copyRows.clear();
        copyTexts.clear();
        List<Node> blocks = new ArrayList<>();
        blocks.add(groupRow("message", copyRows));
        blocks.add(groupRow("cta", copyRows));
        blocks.add(groupRow("disclaimer", copyRows));
        for (String locale : locales) {
            Label tag = new Label(locale.isBlank() ? "(blank locale)" : locale);
            tag.getStyleClass().addAll(Styles.TEXT_BOLD, "locale-tag");
            VBox block = new VBox(8, tag,
                    copyRow("Message", "message." + locale, "the campaign message"),
                    copyRow("Call to action", "cta." + locale, "optional, e.g. Shop now"),
                    copyRow("Disclaimer", "disclaimer." + locale, "optional"));
            block.getStyleClass().add("locale-block");
            blocks.add(block);
        }
        if (locales.isEmpty()) {
            Label none = new Label("Add a locale under Market to write the copy.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            blocks.add(none);
        }
        copySection.getChildren().setAll(blocks);
    }

    private FieldRow copyRow(String label, String path, String prompt) {
        FieldRow row = new FieldRow(label, path, text(path, prompt, copyTexts), false);
        copyRows.add(row);
        return row;
    }

    private void rebuildProducts(List<DraftProduct> products) {
        shownProducts = products.size();
        productRows.clear();
        productTexts.clear();
        assetFields.clear();
        List<Node> blocks = new ArrayList<>();
        blocks.add(groupRow("products", productRows));
        for (int i = 0; i < products.size(); i++) {
            blocks.add(productBlock(i));
        }
        Button add = new Button("Add product");
        add.setId("add-product");
        add.getStyleClass().add(Styles.FLAT);
        add.setOnAction(e -> model.addProduct());
        blocks.add(add);
        productsSection.getChildren().setAll(blocks);
    }

    private Node productBlock(int index) {
        String prefix = "products[" + index + "]";
        Label heading = new Label("Product " + (index + 1));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Button remove = new Button("Remove");
        remove.getStyleClass().addAll(Styles.FLAT, Styles.DANGER, Styles.SMALL);
        remove.setOnAction(e -> model.removeProduct(index));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, heading, spacer, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        TextField assets = new TextField();
        assets.setPromptText("assets/hero.jpg (none: the studio generates one)");
        assets.textProperty().addListener((o, old, value) -> {
            if (!syncing) {
                model.editAssets(index, tags(value));
            }
        });
        endEditOnBlur(assets);
        assetFields.put(index, assets);
        Button addImage = new Button("Add image…");
        addImage.setId("add-image-" + index);
        addImage.getStyleClass().add(Styles.SMALL);
        addImage.setMinWidth(Region.USE_PREF_SIZE);
        addImage.setOnAction(e -> chooseImages(index, addImage));
        HBox.setHgrow(assets, Priority.ALWAYS);
        HBox assetLine = new HBox(6, assets, addImage);
        assetLine.setAlignment(Pos.CENTER_LEFT);
        FieldRow id = productRow("Id", prefix + ".id", text(prefix + ".id", "product-id", productTexts));
        FieldRow name = productRow("Name", prefix + ".name", text(prefix + ".name", "as shown to people",
                productTexts));
        VBox block = new VBox(8, header, groupRow(prefix, productRows), pair(id, name),
                productRow("Description", prefix + ".description", text(prefix + ".description",
                        "what the product looks like, for generated heroes", productTexts)),
                productRow("Assets", prefix + ".assets", assetLine));
        block.getStyleClass().add("product-block");
        acceptDroppedImages(block, index);
        return block;
    }

    private void chooseImages(int product, Node from) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add product images");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images (PNG, JPEG)", "*.png", "*.jpg",
                "*.jpeg"));
        List<File> files = chooser.showOpenMultipleDialog(from.getScene().getWindow());
        if (files != null) {
            files.forEach(f -> model.addAsset(product, f.toPath()));
        }
    }

    /** Images dropped on a product are copied beside the brief and added to its assets. */
    private void acceptDroppedImages(Node block, int product) {
        block.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        block.setOnDragDropped(e -> {
            boolean any = e.getDragboard().hasFiles();
            if (any) {
                e.getDragboard().getFiles().forEach(f -> model.addAsset(product, f.toPath()));
            }
            e.setDropCompleted(any);
            e.consume();
        });
    }

    private FieldRow productRow(String label, String path, Node control) {
        FieldRow row = new FieldRow(label, path, control, false);
        productRows.add(row);
        return row;
    }

    private FieldRow groupRow(String path, List<FieldRow> into) {
        Region anchor = new Region();
        anchor.setManaged(false);
        FieldRow row = new FieldRow(null, path, anchor, true);
        into.add(row);
        return row;
    }

    private void showProblems(FieldProblems problems) {
        for (List<FieldRow> list : List.of(rows, copyRows, productRows)) {
            list.forEach(row -> row.showProblems(problems));
        }
    }

    private TextField text(String path, String prompt, Map<String, TextInputControl> into) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.textProperty().addListener((o, old, value) -> {
            if (!syncing) {
                model.editText(path, value);
            }
        });
        endEditOnBlur(field);
        into.put(path, field);
        return field;
    }

    private void endEditOnBlur(Node control) {
        control.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                model.endEdit();
            }
        });
    }

    private FieldRow row(String label, String path, Node control, boolean group) {
        FieldRow row = new FieldRow(label, path, control, group);
        rows.add(row);
        return row;
    }

    private static void showText(TextInputControl control, String value) {
        if (!control.getText().equals(value)) {
            control.setText(value);
        }
    }

    private static HBox pair(FieldRow left, FieldRow right) {
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(10);
        right.setPrefWidth(10);
        return new HBox(12, left, right);
    }

    private static Node section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "form-section-title");
        VBox box = new VBox(10, heading, content);
        box.getStyleClass().add("form-section");
        return box;
    }

    /** A comma- or space-separated list as typed, without empty items. */
    static List<String> tags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).filter(t -> !t.isEmpty()).toList();
    }
}
