package org.smartpick.app.service;

import java.util.List;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.catalog.ProgramHit;

/**
 * Programs found, with the catalog they came from (writers look up specialty names in it).
 *
 * @param hits the programs, in the requested order
 * @param catalog the catalog searched
 * @param withDistance whether the search measured distances
 */
public record ProgramSearchResult(List<ProgramHit> hits, ProgramCatalog catalog,
    boolean withDistance) {
  public ProgramSearchResult {
    hits = List.copyOf(hits);
  }
}
