package org.gradientlab.ui.export;

import java.util.Arrays;
import java.util.Optional;

/** The file formats a figure is exported in: a bitmap at a scale, or a vector file sharp at any size. */
public enum FigureFormat {
    PNG("export.dialog.format.png", "export.chooser.png"),
    SVG("export.dialog.format.svg", "export.chooser.svg"),
    PDF("export.dialog.format.pdf", "export.chooser.pdf");

    private final String nameKey;
    private final String fileTypeKey;

    FigureFormat(String nameKey, String fileTypeKey) {
        this.nameKey = nameKey;
        this.fileTypeKey = fileTypeKey;
    }

    /** i18n key of the format's name in the export dialog. */
    public String nameKey() {
        return nameKey;
    }

    /** i18n key of the file type in the save dialog's filter. */
    public String fileTypeKey() {
        return fileTypeKey;
    }

    /** Lower case, as on the command line and as the file extension. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isVector() {
        return this != PNG;
    }

    public static Optional<FigureFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }

    /** The format a file name's extension names, if any. */
    public static Optional<FigureFormat> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : fromId(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }
}
