package org.smartpick.app.io.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a profile document as block-style YAML with a comment before every field that
 * {@link ProfileFieldDocs} explains. For lists and for absent (null) objects the comment also
 * lists the fields of an entry, so an empty template still shows what can be filled in.
 * Text is written in JSON-style double quotes (valid YAML), enum-like names plainly.
 *
 * <p>Handles the profile's shapes: objects whose values are scalars, scalar lists, flat objects
 * or lists of flat objects. O(size of the document); stateless.
 */
final class CommentedYamlWriter {
  private static final int WIDTH = 96;
  private static final Pattern PLAIN = Pattern.compile("[A-Z][A-Z0-9_]*");
  /** Words YAML 1.1 reads as booleans or null when unquoted. */
  private static final Set<String> RESERVED = Set.of("Y", "N", "YES", "NO", "ON", "OFF", "TRUE",
      "FALSE", "NULL");

  private final ProfileFieldDocs docs;
  private final StringBuilder out = new StringBuilder();

  private CommentedYamlWriter(ProfileFieldDocs docs) {
    this.docs = docs;
  }

  /** The YAML text: the header lines as comments, then the document. */
  static String write(ObjectNode root, ProfileFieldDocs docs, List<String> header) {
    CommentedYamlWriter writer = new CommentedYamlWriter(docs);
    header.forEach(line -> writer.comment(0, line));
    writer.object(root, "", 0, true);
    return writer.out.toString();
  }

  private void object(ObjectNode node, String pattern, int indent, boolean spaced) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      String fieldPattern = pattern.isEmpty() ? key : pattern + "." + key;
      if (spaced) {
        out.append('\n');
      }
      docs.of(fieldPattern).ifPresent(text -> comment(indent, text));
      if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
        entryFields(indent, fieldPattern + "[]");
        line(indent, key + ":");
        for (JsonNode entry : value) {
          entry(entry, indent + 2);
        }
      } else if (value.isArray()) {
        entryFields(indent, fieldPattern + "[]");
        line(indent, key + ": " + flowList(value));
      } else if (value.isObject()) {
        line(indent, key + ":");
        object((ObjectNode) value, fieldPattern, indent + 2, false);
      } else {
        if (value.isNull()) {
          entryFields(indent, fieldPattern);
        }
        line(indent, key + ": " + scalar(value));
      }
    }
  }

  /** One entry of a list of flat objects: "- first: v" then the other fields aligned. */
  private void entry(JsonNode entry, int indent) {
    boolean first = true;
    for (Map.Entry<String, JsonNode> field : entry.properties()) {
      JsonNode value = field.getValue();
      String text = field.getKey() + ": " + (value.isArray() ? flowList(value) : scalar(value));
      line(indent, (first ? "- " : "  ") + text);
      first = false;
    }
  }

  /** The fields of a list entry (or of an absent object), as comments. */
  private void entryFields(int indent, String pattern) {
    List<String> children = docs.childrenOf(pattern);
    if (children.isEmpty()) {
      return;
    }
    comment(indent, pattern.endsWith("[]") ? "Each entry has:" : "Its fields:");
    for (String child : children) {
      String name = child.substring(child.lastIndexOf('.') + 1);
      comment(indent, "  " + name + ": " + docs.of(child).orElseThrow());
    }
  }

  private static String flowList(JsonNode array) {
    List<String> items = new ArrayList<>();
    array.forEach(item -> items.add(scalar(item)));
    return "[" + String.join(", ", items) + "]";
  }

  private static String scalar(JsonNode value) {
    if (value.isTextual()) {
      String text = value.textValue();
      return PLAIN.matcher(text).matches() && !RESERVED.contains(text) ? text : value.toString();
    }
    return value.toString();
  }

  private void line(int indent, String text) {
    out.append(" ".repeat(indent)).append(text).append('\n');
  }

  /** A comment, wrapped at the page width; continuation lines keep the text's indent. */
  private void comment(int indent, String text) {
    String lead = " ".repeat(indent) + "# ";
    String prefix = text.substring(0, text.length() - text.stripLeading().length());
    StringBuilder current = new StringBuilder(prefix);
    boolean empty = true;
    for (String word : text.strip().split("\\s+")) {
      if (!empty && lead.length() + current.length() + 1 + word.length() > WIDTH) {
        out.append(lead).append(current).append('\n');
        current = new StringBuilder(prefix.isEmpty() ? "" : prefix + "    ");
        empty = true;
      }
      if (!empty) {
        current.append(' ');
      }
      current.append(word);
      empty = false;
    }
    out.append(lead).append(current).append('\n');
  }
}
