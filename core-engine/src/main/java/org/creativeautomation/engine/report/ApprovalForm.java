package org.creativeautomation.engine.report;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDComboBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

import java.io.IOException;
import java.util.Arrays;

/**
 * The sheet's AcroForm: per product an approver, a decision, a date and a comment that a lead fills
 * in with any PDF reader. The boxes and labels are drawn on the page; the widgets here are
 * transparent so readers that build their own field appearances do not double them.
 *
 * <p>Field text uses Helvetica, which every reader has: whatever a lead types must show, and an
 * embedded subset holds only the glyphs printed when the sheet was written.
 */
final class ApprovalForm {
    private static final String FIELD_TEXT = "/Helv 10 Tf 0 g";
    private static final String COMMENT_TEXT = "/Helv 9 Tf 0 g";

    private final PDAcroForm form;

    ApprovalForm(PDDocument document) {
        form = new PDAcroForm(document);
        form.setDefaultResources(helvetica());
        form.setDefaultAppearance("/Helv 0 Tf 0 g");
        // Readers draw the fields' appearances themselves, with what the lead typed.
        form.setNeedAppearances(true);
        document.getDocumentCatalog().setAcroForm(form);
    }

    /**
     * Helvetica as a bare font dictionary: readers bring their own, and building PDFBox's font object
     * would look for a system substitute (and log a warning) only to write these same four entries.
     */
    private static PDResources helvetica() {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setName(COSName.BASE_FONT, "Helvetica");
        font.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.HELV, font);
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.FONT, fonts);
        return new PDResources(resources);
    }

    void textField(PDPage page, String name, String tooltip, PDRectangle box, boolean multiline) throws IOException {
        PDTextField field = new PDTextField(form);
        field.setPartialName(name);
        field.setAlternateFieldName(tooltip);
        field.setMultiline(multiline);
        field.setDefaultAppearance(multiline ? COMMENT_TEXT : FIELD_TEXT);
        place(field, page, box);
    }

    void choiceField(PDPage page, String name, String tooltip, PDRectangle box, ApprovalDecision... choices)
            throws IOException {
        PDComboBox field = new PDComboBox(form);
        field.setPartialName(name);
        field.setAlternateFieldName(tooltip);
        field.setOptions(Arrays.stream(choices).map(ApprovalDecision::label).toList());
        field.setDefaultAppearance(FIELD_TEXT);
        place(field, page, box);
    }

    private void place(PDField field, PDPage page, PDRectangle box) throws IOException {
        if (form.getField(field.getPartialName()) != null) {
            throw new IllegalArgumentException("two approval fields named " + field.getPartialName());
        }
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(box);
        widget.setPage(page);
        widget.setPrinted(true);
        page.getAnnotations().add(widget);
        form.getFields().add(field);
    }
}
