package org.smartpick.app.io.simulate;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.smartpick.engine.market.CallLog;
import org.smartpick.engine.market.CycleOutcome;
import org.smartpick.engine.market.MarketFrame;

/**
 * Every backchannel call of a simulated replica as CSV rows, one per call, in the order the cycle
 * placed them: who called (role, standing, whether the program director knows them), about whom
 * (the applicant's index in the replica, type and preferred specialty), at which program (its
 * ACGME id; ids starting with 99 are synthetic programs of the national layout), in which phase,
 * of which type and reason, and the effect on the file score (phases before interviews) or the
 * rank score (after). Columns: {@link #HEADER}. Stateless.
 */
public final class CallLogCsv {
  /** The header line (without line break). */
  public static final String HEADER = "replica,call,phase,type,reason,caller_role,caller_standing,"
      + "known_caller,applicant,applicant_type,applicant_specialty,program_id,program_specialty,"
      + "effect";

  private CallLogCsv() {
  }

  /**
   * Writes the replica's calls (no header); returns the number of rows.
   *
   * @param replica the replica's index in its study (0 = first)
   */
  public static int write(int replica, CycleOutcome outcome, Writer out) throws IOException {
    CallLog calls = outcome.calls();
    MarketFrame frame = outcome.frame();
    StringBuilder row = new StringBuilder(160);
    for (int c = 0; c < calls.size(); c++) {
      int applicant = calls.applicant(c);
      int program = calls.program(c);
      String applicantSpecialty = frame.specialties().get(outcome.specialty(applicant)).name();
      String programSpecialty = frame.specialties().get(frame.specialtyOf(program)).name();
      row.setLength(0);
      row.append(replica).append(',').append(c).append(',')
          .append(calls.phase(c)).append(',').append(calls.type(c)).append(',')
          .append(calls.reason(c)).append(',').append(calls.role(c)).append(',')
          .append(calls.standing(c)).append(',').append(calls.known(c)).append(',')
          .append(applicant).append(',').append(outcome.type(applicant)).append(',')
          .append(SimulationReport.quote(applicantSpecialty)).append(',')
          .append(frame.program(program).acgmeId()).append(',')
          .append(SimulationReport.quote(programSpecialty)).append(',')
          .append(String.format(Locale.ROOT, "%.4f", calls.effect(c))).append('\n');
      out.append(row);
    }
    return calls.size();
  }
}
