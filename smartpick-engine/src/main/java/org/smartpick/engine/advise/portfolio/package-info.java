/**
 * Application-portfolio optimizers: which programs should a student apply to under a budget?
 *
 * <p>A student applies to a set S of programs and ends up at the best program of S (highest
 * utility) among those that would take them; ending up unmatched is worth 0. Two models:
 *
 * <ul>
 *   <li><b>Independent chances</b> ({@link org.smartpick.engine.advise.portfolio.IndependentChances}):
 *       program j takes the student with probability p_j, independently. Solved exactly by
 *       {@link org.smartpick.engine.advise.portfolio.NestedGreedy} (equal costs) and
 *       {@link org.smartpick.engine.advise.portfolio.CostDynamicProgram} (integer costs), after
 *       M. Kapur and S.-P. Hong, "The college application problem", arXiv:2205.01869 (2022).
 *   <li><b>Scenarios</b> ({@link org.smartpick.engine.advise.portfolio.ScenarioChances}): K
 *       simulated markets say which programs would take the student; the value is the sample
 *       average, a monotone submodular set function. Solved by
 *       {@link org.smartpick.engine.advise.portfolio.LazyGreedy} (count budget) and
 *       {@link org.smartpick.engine.advise.portfolio.CostBenefitLazyGreedy} (fee budget), each with
 *       a certified upper bound on the optimum.
 * </ul>
 */
package org.smartpick.engine.advise.portfolio;
