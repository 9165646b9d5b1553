package vn.emulation.jakarta.format.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.util.RecordFormatException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;
import vn.emulation.core.common.LocalizedText;

class UploadFaultsTest {

  @Test
  void aPartTooLargeForPoiIsSaidInWords() {
    LocalizedText reason =
        UploadFaults.unreadableXlsx(
            new IOException(
                "wrapped",
                new RecordFormatException(
                    "Tried to allocate an array of length 200,000,000, but the"
                        + " maximum length for this record type is 100,000,000. If the file is not corrupt"
                        + " or large, please open an issue on bugzilla to request increasing the maximum"
                        + " allowable size for this record type. You can set a higher override value with"
                        + " IOUtils.setByteArrayMaxOverride()")));

    assertThat(reason.en())
        .isEqualTo("The XLSX file cannot be read: a part of the file is larger than allowed");
    assertThat(reason.vi())
        .isEqualTo("Không đọc được tệp XLSX: một phần của tệp lớn hơn mức cho phép");
  }

  @Test
  void eachKindOfUnreadableWorkbookHasItsOwnWordsAndNoneQuotesTheException() {
    for (Exception e :
        new Exception[] {
          new SAXParseException(
              "DOCTYPE is disallowed when the feature"
                  + " \"http://apache.org/xml/features/disallow-doctype-decl\" set to true.",
              null),
          new SAXParseException(
              "XML document structures must start and end within the same" + " entity.", null),
          new NotOfficeXmlFileException(
              "No valid entries or contents found, this is not a valid"
                  + " OOXML (Office Open XML) file"),
          new IllegalStateException("Zip64 central directory end not found")
        }) {
      LocalizedText reason = UploadFaults.unreadableXlsx(e);

      assertThat(reason.en())
          .as(e.toString())
          .startsWith("The XLSX file cannot be read: ")
          .doesNotContain(e.getMessage(), "Exception", "OOXML", "XML document", "Zip64");
      assertThat(reason.vi()).startsWith("Không đọc được tệp XLSX: ");
    }
  }
}
