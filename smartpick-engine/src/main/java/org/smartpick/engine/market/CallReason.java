package org.smartpick.engine.market;

/**
 * Why a call was started. Program directors' reported mix is professionalism 30%, confusing record
 * 25%, strong advocacy 25%, personal circumstances 10%, other 10% (seed notes); in the model the
 * mix is an outcome of the triggers, reported by the simulation.
 */
public enum CallReason {
  PROFESSIONALISM,
  CONFUSING_RECORD,
  STRONG_ADVOCACY,
  PERSONAL_CIRCUMSTANCES,
  OTHER
}
