import type { RiskReport } from '../uncertainty/risk-report';

/** The documented `--json` shape of `crossover risk`. */
export function riskToJson(report: RiskReport) {
  return {
    recommendation: report.recommendation,
    baseMargin: report.baseMargin,
    tornado: report.tornado.map(
      ({ option, field, low, high, marginAtLow, marginAtHigh, winnerAtLow, winnerAtHigh }) => ({
        option,
        field,
        low,
        high,
        marginAtLow,
        marginAtHigh,
        winnerAtLow,
        winnerAtHigh,
      }),
    ),
    switchValues: report.switchValues.map(({ option, field, value, takenOverBy }) => ({
      option,
      field,
      value,
      takenOverBy,
    })),
    simulation: report.simulation,
    contributions: report.contributions.map(({ option, field, rankCorrelation, contribution }) => ({
      option,
      field,
      rankCorrelation,
      contribution,
    })),
    spider: report.spider.map(({ option, field, points }) => ({ option, field, points })),
  };
}
