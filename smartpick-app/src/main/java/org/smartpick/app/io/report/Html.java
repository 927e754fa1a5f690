package org.smartpick.app.io.report;

/**
 * HTML escaping for text and attribute values: {@code & < > " '} become entities, so any user
 * string (a program or advocate name from a profile) renders as text. Stateless.
 */
public final class Html {
  private Html() {
  }

  /** The text with the five HTML-significant characters escaped. */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
