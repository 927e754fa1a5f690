package org.smartpick.engine.market;

/**
 * Why a call was started. Program directors' reported mix is professionalism 30%, confusing record
 * 25%, strong advocacy 25%, personal circumstances 10%, other 10% (seed notes). In the model a
 * reason follows the call's trigger (a flag, a confusing record, advocacy) and, for calls a program
 * director starts, a soft professionalism concern drawn at {@code softConcernShare}; the simulated
 * mix is the metric {@code calls/all/facultyShare[reason]}.
 */
public enum CallReason {
  PROFESSIONALISM,
  CONFUSING_RECORD,
  STRONG_ADVOCACY,
  PERSONAL_CIRCUMSTANCES,
  OTHER
}
