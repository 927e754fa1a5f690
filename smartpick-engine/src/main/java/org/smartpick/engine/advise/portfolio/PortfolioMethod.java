package org.smartpick.engine.advise.portfolio;

/** The algorithm that produced a {@link Portfolio}, with a label for output and a description. */
public enum PortfolioMethod {
  /** {@link NestedGreedy}. */
  NESTED_GREEDY("nested-greedy",
      "exact: greedy on nested optimal portfolios, equal costs (Kapur & Hong 2022)", true),
  /** {@link CostDynamicProgram}. */
  COST_DYNAMIC_PROGRAM("cost-dynamic-program",
      "exact: dynamic program over the budget, integer costs (Kapur & Hong 2022)", true),
  /** {@link LazyGreedy}. */
  LAZY_GREEDY("lazy-greedy",
      "lazy greedy on scenarios, count budget (Minoux 1978), with a certified bound", false),
  /** {@link CostBenefitLazyGreedy}. */
  COST_BENEFIT_LAZY_GREEDY("cost-benefit-lazy-greedy",
      "cost-benefit lazy greedy on scenarios, fee budget, with a certified bound", false);

  private final String label;
  private final String description;
  private final boolean exact;

  PortfolioMethod(String label, String description, boolean exact) {
    this.label = label;
    this.description = description;
    this.exact = exact;
  }

  /** Short machine-readable name, e.g. {@code nested-greedy}. */
  public String label() {
    return label;
  }

  /** One sentence for people: what ran and what it guarantees. */
  public String description() {
    return description;
  }

  /** True when the method returns an optimal portfolio. */
  public boolean exact() {
    return exact;
  }
}
