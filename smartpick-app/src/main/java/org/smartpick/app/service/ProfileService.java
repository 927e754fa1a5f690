package org.smartpick.app.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.smartpick.app.io.profile.ProfileFormat;
import org.smartpick.app.io.profile.ProfileFormatException;
import org.smartpick.app.io.profile.ProfileReader;
import org.smartpick.app.store.ProfileStore;
import org.smartpick.app.store.ResultStore;
import org.smartpick.app.store.SavedResult;
import org.smartpick.app.store.StoredProfile;
import org.smartpick.engine.domain.profile.ApplicantProfile;

/**
 * Saved profiles and their results: create, read, update (optimistic: the caller names the
 * version it read), delete, export. A document must be a JSON object of at most
 * {@value #MAX_DOCUMENT_CHARS} characters that the {@link ProfileReader} accepts (the format of
 * docs/profile.md, checked against the catalog); the first problem is reported as an
 * {@link InvalidInputException} on {@code document.<path>}, with every problem in the message.
 * Thread-safe if the stores are.
 */
public final class ProfileService {
  /** Largest profile document accepted, in characters of compact JSON. */
  public static final int MAX_DOCUMENT_CHARS = 64 * 1024;
  /** Longest display name accepted. */
  public static final int MAX_NAME_LENGTH = 200;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ProfileStore profiles;
  private final ResultStore results;
  private final ProfileReader reader;

  public ProfileService(ProfileStore profiles, ResultStore results, ProfileReader reader) {
    this.profiles = profiles;
    this.results = results;
    this.reader = reader;
  }

  /** Saves a new profile. */
  public StoredProfile create(String displayName, JsonNode document) {
    return profiles.create(checkName(displayName), checkDocument(document));
  }

  /** The profile; {@link NotFoundException} when there is none. */
  public StoredProfile get(String id) {
    return profiles.find(id).orElseThrow(() -> new NotFoundException("profile", "id", id));
  }

  /**
   * The saved profile read as the advisor's input.
   *
   * @throws NotFoundException when there is no such profile
   * @throws InvalidInputException naming {@code document.<path>} when the saved document no
   *     longer passes the checks (e.g. a program it names has left the catalog)
   */
  public ApplicantProfile applicant(String id) {
    return read(get(id).document());
  }

  /** Every profile, most recently updated first. */
  public List<StoredProfile> list() {
    return profiles.list();
  }

  /**
   * Replaces a profile's name and document.
   *
   * @throws NotFoundException when there is no such profile
   * @throws org.smartpick.app.store.VersionConflictException when it changed since
   *     {@code version} was read
   */
  public StoredProfile update(String id, long version, String displayName, JsonNode document) {
    String name = checkName(displayName);
    String text = checkDocument(document);
    return profiles.update(id, version, name, text)
        .orElseThrow(() -> new NotFoundException("profile", "id", id));
  }

  /** Deletes a profile and its results; {@link NotFoundException} when there is none. */
  public void delete(String id) {
    if (!profiles.delete(id)) {
      throw new NotFoundException("profile", "id", id);
    }
  }

  /** Saves a result (a JSON text) for a profile; {@link NotFoundException} when there is none. */
  public SavedResult saveResult(String profileId, String kind, String document) {
    return results.save(profileId, kind, document)
        .orElseThrow(() -> new NotFoundException("profile", "profileId", profileId));
  }

  /** A profile's saved results, oldest first; {@link NotFoundException} for an unknown one. */
  public List<SavedResult> results(String profileId) {
    get(profileId);
    return results.forProfile(profileId);
  }

  private static String checkName(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      throw new InvalidInputException("displayName", "must be a non-blank string");
    }
    String trimmed = displayName.strip();
    if (trimmed.length() > MAX_NAME_LENGTH) {
      throw new InvalidInputException("displayName", "has " + trimmed.length()
          + " characters, more than the " + MAX_NAME_LENGTH + " allowed");
    }
    return trimmed;
  }

  private String checkDocument(JsonNode document) {
    if (document == null || !document.isObject()) {
      throw new InvalidInputException("document", (document == null ? "missing" : "'"
          + abbreviate(document.toString()) + "'") + "; a profile must be a JSON object");
    }
    String text;
    try {
      text = MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("document", "cannot be written as JSON");
    }
    if (text.length() > MAX_DOCUMENT_CHARS) {
      throw new InvalidInputException("document", "has " + text.length()
          + " characters, more than the " + MAX_DOCUMENT_CHARS + " allowed");
    }
    read(text);
    return text;
  }

  private ApplicantProfile read(String text) {
    try {
      return reader.read("document", text, ProfileFormat.JSON);
    } catch (ProfileFormatException e) {
      List<String> problems = e.problems().stream().map(p -> p.violation().message()).toList();
      String path = e.problems().isEmpty() ? "" : e.problems().get(0).violation().path();
      throw new InvalidInputException(path.isEmpty() ? "document" : "document." + path,
          String.join("; ", problems));
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
