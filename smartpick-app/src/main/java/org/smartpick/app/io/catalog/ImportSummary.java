package org.smartpick.app.io.catalog;

/**
 * What one import did.
 *
 * @param rows data rows read
 * @param updatedPrograms existing programs that got at least one new value
 * @param newPrograms programs added to the catalog
 * @param unchangedRows rows that matched the catalog already
 */
public record ImportSummary(int rows, int updatedPrograms, int newPrograms, int unchangedRows) {
}
