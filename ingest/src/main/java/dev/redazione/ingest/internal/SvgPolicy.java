package dev.redazione.ingest.internal;

import dev.redazione.core.Diagnostic;
import dev.redazione.core.DiagnosticCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Decides whether an SVG image is safe to publish: it must parse as XML with the JDK parser (no DTD
 * declarations, no external entities, no processing instructions) and hold only an allow-list of
 * static SVG elements and attributes. Anything that can run script or load something from elsewhere
 * is refused: {@code script}, {@code foreignObject}, links, embedded images, animation,
 * event-handler attributes, a {@code href} other than a local {@code #fragment}, a {@code url()}
 * other than a local one, {@code @import} and {@code javascript:} anywhere. Stateless and
 * thread-safe.
 */
public final class SvgPolicy {

  /** The code of a refused SVG image (warning). */
  public static final String UNSAFE_SVG = DiagnosticCode.UNSAFE_SVG.code();

  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

  private static final Set<String> ELEMENTS =
      words(
          """
          svg g defs symbol use title desc metadata switch style path rect circle ellipse line
          polyline polygon text tspan textPath linearGradient radialGradient stop pattern clipPath
          mask marker filter feBlend feColorMatrix feComponentTransfer feComposite
          feConvolveMatrix feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood
          feFuncA feFuncB feFuncG feFuncR feGaussianBlur feMerge feMergeNode feMorphology feOffset
          fePointLight feSpecularLighting feSpotLight feTile feTurbulence
          """);

  private static final Set<String> ATTRIBUTES =
      words(
          """
          id class style transform version baseProfile viewBox preserveAspectRatio x y x1 y1 x2 y2
          cx cy r rx ry fx fy fr width height d points pathLength fill fill-opacity fill-rule
          stroke stroke-width stroke-linecap stroke-linejoin stroke-miterlimit stroke-dasharray
          stroke-dashoffset stroke-opacity opacity color display visibility overflow clip-path
          clip-rule clipPathUnits mask maskUnits maskContentUnits filter filterUnits
          primitiveUnits gradientUnits gradientTransform spreadMethod offset stop-color
          stop-opacity patternUnits patternContentUnits patternTransform marker-start marker-mid
          marker-end markerWidth markerHeight markerUnits refX refY orient font-family font-size
          font-weight font-style font-variant font-stretch text-anchor dominant-baseline
          alignment-baseline baseline-shift letter-spacing word-spacing text-decoration
          writing-mode direction unicode-bidi dx dy rotate textLength lengthAdjust startOffset
          method spacing lang shape-rendering text-rendering image-rendering color-interpolation
          color-interpolation-filters color-rendering vector-effect mix-blend-mode isolation
          paint-order flood-color flood-opacity lighting-color in in2 result stdDeviation mode
          type values operator k1 k2 k3 k4 scale xChannelSelector yChannelSelector radius
          kernelMatrix order divisor bias targetX targetY edgeMode preserveAlpha surfaceScale
          diffuseConstant specularConstant specularExponent kernelUnitLength azimuth elevation
          pointsAtX pointsAtY pointsAtZ z limitingConeAngle baseFrequency numOctaves seed
          stitchTiles tableValues slope intercept amplitude exponent systemLanguage role
          aria-label aria-labelledby aria-describedby aria-hidden href media
          """);

  /** A {@code url(…)} reference, with its argument unquoted. */
  private static final Pattern URL =
      Pattern.compile("url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)", Pattern.CASE_INSENSITIVE);

  private static final SAXParserFactory FACTORY = factory();

  private SvgPolicy() {}

  private static Set<String> words(String text) {
    return Set.of(text.strip().split("\\s+"));
  }

  /**
   * Checks an SVG image.
   *
   * @param path the image's path relative to the content folder, for the diagnostic
   * @param svg the file's bytes
   * @return nothing when the image is safe; otherwise the warning that says what was refused and
   *     where
   */
  public static Optional<Diagnostic> check(String path, byte[] svg) {
    Checker checker = new Checker();
    try {
      SAXParser parser = FACTORY.newSAXParser();
      parser.setProperty("http://xml.org/sax/properties/lexical-handler", checker);
      parser.setProperty("http://xml.org/sax/properties/declaration-handler", checker);
      parser.parse(new InputSource(new ByteArrayInputStream(svg)), checker);
    } catch (Refusal refusal) {
      return Optional.of(refused(path, refusal.line, refusal.getMessage()));
    } catch (SAXParseException e) {
      return Optional.of(
          refused(path, Math.max(e.getLineNumber(), 0), "it is not well-formed XML"));
    } catch (SAXException | IOException e) {
      return Optional.of(refused(path, 0, "it cannot be parsed as XML"));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser cannot be configured", e);
    }
    if (!checker.sawSvg) {
      return Optional.of(refused(path, 0, "its root element is not an SVG <svg> element"));
    }
    return Optional.empty();
  }

  private static Diagnostic refused(String path, int line, String why) {
    return Diagnostic.warning(
        path,
        line,
        UNSAFE_SVG,
        "the SVG image is not published because "
            + why
            + "; expected plain SVG shapes, text, gradients and filters, without script, links,"
            + " event handlers or references to other files");
  }

  private static SAXParserFactory factory() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK XML parser cannot be configured", e);
    }
  }

  /** Stops the parse at the first refused construct. */
  private static final class Refusal extends SAXException {

    private static final long serialVersionUID = 1L;

    private final int line;

    Refusal(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  /** Checks each construct as the parser reports it. */
  private static final class Checker extends DefaultHandler2 {

    private Locator locator;
    private boolean sawSvg;
    private boolean inStyle;
    private final StringBuilder style = new StringBuilder();

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    private int line() {
      return locator == null ? 0 : Math.max(locator.getLineNumber(), 0);
    }

    private Refusal refuse(String why) {
      return new Refusal(line(), why);
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes)
        throws SAXException {
      if (inStyle) {
        throw refuse("its <style> holds the element <" + qName + ">");
      }
      if (!SVG_NS.equals(uri)) {
        throw refuse("it has the element <" + qName + ">, which is not in the SVG namespace");
      }
      if (!sawSvg && !local.equals("svg")) {
        throw refuse("its root element is <" + qName + ">, not <svg>");
      }
      sawSvg = true;
      if (!ELEMENTS.contains(local)) {
        throw refuse("it has the element <" + qName + ">, which is not allowed");
      }
      for (int i = 0; i < attributes.getLength(); i++) {
        attribute(
            qName,
            attributes.getURI(i),
            attributes.getLocalName(i),
            attributes.getQName(i),
            attributes.getValue(i));
      }
      inStyle = local.equals("style");
    }

    private void attribute(String element, String uri, String local, String qName, String value)
        throws SAXException {
      boolean allowed =
          (uri.isEmpty() && ATTRIBUTES.contains(local))
              || (XMLConstants.XML_NS_URI.equals(uri)
                  && (local.equals("space") || local.equals("lang")))
              || (XLINK_NS.equals(uri) && (local.equals("href") || local.equals("title")));
      if (!allowed) {
        throw refuse("<" + element + "> has the attribute `" + qName + "`, which is not allowed");
      }
      if (local.equals("href") && !value.strip().startsWith("#")) {
        throw refuse(
            "<" + element + "> links to `" + value.strip() + "`; only #fragments are allowed");
      }
      if (local.equals("style")) {
        css(value);
      } else {
        references(value);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      if (inStyle) {
        css(style.toString());
        style.setLength(0);
        inStyle = false;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inStyle) {
        style.append(ch, start, length);
      }
    }

    private void css(String css) throws SAXException {
      String lower = css.toLowerCase(Locale.ROOT);
      for (String refused :
          new String[] {"@import", "expression(", "behavior", "-moz-binding", "image-set("}) {
        if (lower.contains(refused)) {
          throw refuse("its CSS uses `" + refused + "`");
        }
      }
      references(css);
    }

    private void references(String value) throws SAXException {
      if (value.indexOf('\\') >= 0) {
        throw refuse("it has a backslash escape, which could hide a reference");
      }
      String lower = value.toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
      if (lower.contains("javascript:") || lower.contains("vbscript:")) {
        throw refuse("it has a script URL");
      }
      Matcher url = URL.matcher(value);
      while (url.find()) {
        if (!url.group(2).strip().startsWith("#")) {
          throw refuse(
              "it refers to `" + url.group(2).strip() + "`; only url(#fragment) is allowed");
        }
      }
      if (lower.contains("url(") && !URL.matcher(value).find()) {
        throw refuse("it has a url() reference that cannot be read");
      }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
      throw refuse("it has the processing instruction <?" + target + "?>");
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) {
      // A DOCTYPE naming the SVG DTD is common and harmless: the DTD itself is never loaded.
    }

    @Override
    public void elementDecl(String name, String model) throws SAXException {
      throw refuse("its DOCTYPE declares elements");
    }

    @Override
    public void attributeDecl(
        String element, String attribute, String type, String mode, String value)
        throws SAXException {
      throw refuse("its DOCTYPE declares attributes");
    }

    @Override
    public void internalEntityDecl(String name, String value) throws SAXException {
      throw refuse("its DOCTYPE declares entities");
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId)
        throws SAXException {
      throw refuse("its DOCTYPE declares entities");
    }

    @Override
    public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId)
        throws SAXException {
      throw refuse("it refers to an external entity");
    }
  }
}
