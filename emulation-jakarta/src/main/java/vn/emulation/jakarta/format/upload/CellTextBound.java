package vn.emulation.jakarta.format.upload;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;
import vn.emulation.jakarta.application.upload.UploadProblems;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Passes a sheet's XML on, refusing an element whose text is longer than a cell can hold in Excel
 * (32,767 characters): the SAX handler gathers a cell's text whole, so one enormous cell in an
 * otherwise small sheet would fill the memory.
 */
final class CellTextBound extends XMLFilterImpl {

  /** The longest text Excel keeps in one cell. */
  static final int MAX_CELL_TEXT = 32_767;

  private long length;

  CellTextBound(XMLReader parent) {
    super(parent);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    length = 0;
    super.startElement(uri, localName, qName, atts);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    length = 0;
    super.endElement(uri, localName, qName);
  }

  @Override
  public void characters(char[] ch, int start, int count) throws SAXException {
    length += count;
    if (length > MAX_CELL_TEXT) {
      throw UploadProblems.single(
          "file", AdapterMessages.text("upload.cellXlsxFileHolds", MAX_CELL_TEXT));
    }
    super.characters(ch, start, count);
  }
}
