package org.creativeautomation.studio.ui.library;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.creativeautomation.engine.brand.BrandKit;

import java.util.List;

/** Asks for a new campaign's name and brand kit. */
final class NewCampaignDialog extends Dialog<NewCampaignDialog.Answer> {

    /** What the person chose. */
    record Answer(String name, String kitId) {
    }

    NewCampaignDialog(Window owner, List<BrandKit> kits) {
        initOwner(owner);
        setTitle("New campaign");
        setHeaderText("Start a campaign: name it and pick its brand kit.");
        TextField name = new TextField();
        name.setId("new-campaign-name");
        name.setPromptText("Summer Splash 2027");
        ComboBox<String> kit = new ComboBox<>();
        kit.setId("new-campaign-kit");
        kits.forEach(k -> kit.getItems().add(k.id()));
        if (!kit.getItems().isEmpty()) {
            kit.getSelectionModel().select(0);
        }
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Brand kit"), kit);
        getDialogPane().setContent(form);
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        getDialogPane().lookupButton(create).disableProperty().bind(name.textProperty().isEmpty()
                .or(kit.valueProperty().isNull()));
        setResultConverter(button -> button == create ? new Answer(name.getText().strip(), kit.getValue()) : null);
        Platform.runLater(name::requestFocus);
    }
}
