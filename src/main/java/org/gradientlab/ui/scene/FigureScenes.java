package org.gradientlab.ui.scene;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import org.gradientlab.ui.export.vector.VectorFigure;

/**
 * The scene a vector figure carries, as {@link VectorFigure} wrote it: an SVG's {@code <metadata>}
 * element, a PDF's document-information entry. A figure without one, or a file that is not a
 * readable SVG or PDF, is a {@link SceneError} that says so.
 */
final class FigureScenes {
    private FigureScenes() {}

    static byte[] fromSvg(byte[] svg) throws SceneError {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // A figure is data: no DTDs, no external entities, no network.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            NodeList metadata = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg))
                    .getElementsByTagNameNS("*", "metadata");
            if (metadata.getLength() == 0 || metadata.item(0).getTextContent().isBlank()) {
                throw new SceneError("scene.error.figure-without-scene", "SVG");
            }
            return metadata.item(0).getTextContent().strip().getBytes(StandardCharsets.UTF_8);
        } catch (SAXException | IOException e) {
            throw new SceneError("scene.error.not-figure", "SVG");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses secure settings", e);
        }
    }

    static byte[] fromPdf(byte[] pdf) throws SceneError {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String scene = document.getDocumentInformation().getCustomMetadataValue(VectorFigure.METADATA_KEY);
            if (scene == null || scene.isBlank()) {
                throw new SceneError("scene.error.figure-without-scene", "PDF");
            }
            return scene.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SceneError("scene.error.not-figure", "PDF");
        }
    }
}
