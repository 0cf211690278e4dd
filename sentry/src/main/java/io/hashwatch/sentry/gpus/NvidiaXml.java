package io.hashwatch.sentry.gpus;

import io.hashwatch.protocols.transport.MalformedReplyException;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * nvidia-smi's {@code -q -x} answer: {@code <nvidia_smi_log>} holding one {@code <gpu
 * id="00000000:01:00.0">} per GPU, values as text with their units. Its {@code <!DOCTYPE ... SYSTEM
 * "nvsmi_device_v12.dtd">} is never fetched: no DTD, external entity or XInclude is loaded.
 */
final class NvidiaXml {
  private static final DocumentBuilderFactory FACTORY = safeFactory();

  private NvidiaXml() {}

  static NvidiaListing parse(String text) throws MalformedReplyException {
    NvidiaListing.Collector listing = new NvidiaListing.Collector(NvidiaForm.XML);
    int start = text.indexOf("<?xml");
    start = start < 0 ? text.indexOf("<nvidia_smi_log") : start;
    if (start < 0) {
      throw new MalformedReplyException("nvidia-smi -q -x wrote no <nvidia_smi_log>");
    }
    // nvidia-smi writes what it cannot read about a GPU before the document.
    text.substring(0, start).lines().forEach(listing::lostLine);
    Element root = document(text.substring(start));
    if (!"nvidia_smi_log".equals(root.getTagName())) {
      throw new MalformedReplyException(
          "nvidia-smi -q -x wrote <" + root.getTagName() + ">, not <nvidia_smi_log>");
    }
    for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element gpu && "gpu".equals(gpu.getTagName())) {
        listing.gpu(path -> value(gpu, path));
      }
    }
    return listing.listing();
  }

  /** The text at {@code path} ({@code temperature/gpu_temp}, or {@code @id} for the attribute). */
  private static String value(Element gpu, String path) {
    if (path.startsWith("@")) {
      String attribute = gpu.getAttribute(path.substring(1));
      return attribute.isEmpty() ? null : attribute;
    }
    Element at = gpu;
    for (String name : path.split("/")) {
      at = child(at, name);
      if (at == null) {
        return null;
      }
    }
    return at.getTextContent().strip();
  }

  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && name.equals(element.getTagName())) {
        return element;
      }
    }
    return null;
  }

  private static Element document(String xml) throws MalformedReplyException {
    try {
      DocumentBuilder builder = FACTORY.newDocumentBuilder();
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      // Fails on the first fatal error instead of printing it to stderr.
      builder.setErrorHandler(new DefaultHandler());
      return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
    } catch (SAXException | IOException e) {
      throw new MalformedReplyException(
          "nvidia-smi -q -x wrote no readable XML: " + e.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static DocumentBuilderFactory safeFactory() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setValidating(false);
    factory.setNamespaceAware(false);
    return factory;
  }
}
