package org.smartpick.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the jar manifest (or "development" when run from classes). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = SmartPick.class.getPackage().getImplementationVersion();
    return new String[] {"smartpick " + (version == null ? "development" : version)};
  }
}
