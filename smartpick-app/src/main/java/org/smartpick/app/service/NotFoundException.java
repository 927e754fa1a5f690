package org.smartpick.app.service;

/** A thing asked for by id does not exist (the web API answers 404). */
public final class NotFoundException extends RuntimeException {
  private final String field;

  /**
   * @param what what was looked for, e.g. {@code profile}
   * @param field the parameter that held the id, e.g. {@code id}
   * @param id the id asked for
   */
  public NotFoundException(String what, String field, String id) {
    super("no " + what + " with id '" + id + "'");
    this.field = field;
  }

  /** The parameter that held the id. */
  public String field() {
    return field;
  }
}
