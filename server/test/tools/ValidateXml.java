import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Validates XML documents against an XML Schema with the JDK's own validator (javax.xml.validation), run as a
 * single-file program: java ValidateXml.java schema.xsd doc.xml [doc.xml ...]. Prints every error as
 * "file:line:column: message" and exits 1 if there was any, 0 when every document is valid. Only local files are
 * read: a schema or document that points at the network fails instead of fetching.
 */
public class ValidateXml {
  private static final int MAX_ERRORS_PER_FILE = 50;

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: java ValidateXml.java schema.xsd doc.xml [doc.xml ...]");
      System.exit(2);
    }
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    Validator validator = factory.newSchema(new File(args[0])).newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    int invalid = 0;
    for (int i = 1; i < args.length; i++) {
      List<String> errors = validate(validator, args[i]);
      if (errors.isEmpty()) continue;
      invalid++;
      errors.forEach(System.out::println);
    }
    System.exit(invalid == 0 ? 0 : 1);
  }

  private static List<String> validate(Validator validator, String path) throws Exception {
    List<String> errors = new ArrayList<>();
    validator.setErrorHandler(new ErrorHandler() {
      public void warning(SAXParseException e) {}

      public void error(SAXParseException e) {
        if (errors.size() < MAX_ERRORS_PER_FILE) errors.add(describe(path, e));
      }

      public void fatalError(SAXParseException e) throws SAXParseException {
        throw e;
      }
    });
    try {
      validator.validate(new StreamSource(new File(path)));
    } catch (SAXParseException e) {
      // Not well-formed: the parser stops at the first such error.
      errors.add(describe(path, e));
    }
    return errors;
  }

  private static String describe(String path, SAXParseException e) {
    return path + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
  }
}
