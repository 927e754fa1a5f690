package org.smartpick.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  private static CsvTable read(String text) throws IOException {
    return CsvTable.read("test.csv", new StringReader(text));
  }

  @Test
  void readsQuotedFieldsWithCommasAndDoubledQuotes() throws IOException {
    CsvTable table = read("id,name\n1,\"Mercy, \"\"North\"\" Program\"\n2,plain\n");
    assertThat(table.rows()).hasSize(2);
    assertThat(table.rows().get(0).get("name")).isEqualTo("Mercy, \"North\" Program");
    assertThat(table.rows().get(1).line()).isEqualTo(3);
  }

  @Test
  void quotedFieldMaySpanLinesAndLineNumbersFollow() throws IOException {
    CsvTable table = read("id,name\n1,\"two\nlines\"\n2,x\n");
    assertThat(table.rows().get(0).get("name")).isEqualTo("two\nlines");
    assertThat(table.rows().get(1).line()).isEqualTo(4);
  }

  @Test
  void wrongFieldCountNamesLine() {
    assertThatThrownBy(() -> read("id,name\n1,a\n2,b,c\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("test.csv: line 3")
        .hasMessageContaining("expected 2 fields");
  }

  @Test
  void badNumberNamesFieldValueLineAndColumn() throws IOException {
    CsvTable table = read("id,size\n1,12\n2,twelve\n");
    assertThat(table.rows().get(0).integer("size")).isEqualTo(12);
    assertThatThrownBy(() -> table.rows().get(1).integer("size"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("test.csv: line 3, column 2, field 'size', value 'twelve': is not a whole number");
  }

  @Test
  void unterminatedQuoteIsReported() {
    assertThatThrownBy(() -> read("id,name\n1,\"open\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("unterminated quoted field");
  }

  @Test
  void missingColumnsAreListed() throws IOException {
    CsvTable table = read("id,name\n");
    assertThatThrownBy(() -> table.requireColumns("id", "state", "city"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("state,city");
  }

  @Test
  void emptyInputHasNoHeader() {
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("empty");
  }
}
